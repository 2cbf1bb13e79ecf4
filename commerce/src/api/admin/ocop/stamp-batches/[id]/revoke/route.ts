import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { batchScanStats } from "../../../../../../stamps/stats"
import { revokeStampBatchWorkflow } from "../../../../../../workflows/stamp/revoke-stamp-batch"
import { parseInput } from "../../../../../validation"
import { presentStampBatch, productTitles, type StampBatchRow } from "../../admin-stamp-batch"
import { RevokeStampBatchBody, StampBatchIdParams } from "../../validators"

/** POST /admin/ocop/stamp-batches/:id/revoke — a lost or stolen roll: its stamps verify as revoked (reason required). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(StampBatchIdParams, req.params, "path")
  const { reason } = parseInput(RevokeStampBatchBody, req.body ?? {}, "body")
  const { result } = await revokeStampBatchWorkflow(req.scope).run({ input: { batch_id: id, reason, actor: req.auth_context.actor_id } })
  const batch = result as unknown as StampBatchRow
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [titles, stats] = await Promise.all([productTitles(db, [batch.product_id]), batchScanStats(db, [id])])
  res.json({ stamp_batch: presentStampBatch(batch, titles.get(batch.product_id), stats.get(id)) })
}
