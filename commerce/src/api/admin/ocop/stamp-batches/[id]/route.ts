import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../../../modules/stamp"
import type StampModuleService from "../../../../../modules/stamp/service"
import { batchScanStats, suspiciousStamps, voidedStamps } from "../../../../../stamps/stats"
import { parseInput } from "../../../../validation"
import { presentStampBatch, productTitles, type StampBatchRow } from "../admin-stamp-batch"
import { StampBatchIdParams } from "../validators"

/** GET /admin/ocop/stamp-batches/:id — one batch with its scan statistics, the stamps seen as copied and the stamps voided. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(StampBatchIdParams, req.params, "path")
  const stamps = req.scope.resolve<StampModuleService>(STAMP_MODULE)
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const batch = (await stamps.retrieveStampBatch(id)) as unknown as StampBatchRow
  const [titles, stats, suspicious, voided] = await Promise.all([
    productTitles(db, [batch.product_id]),
    batchScanStats(db, [id]),
    suspiciousStamps(db, { batchIds: [id] }),
    voidedStamps(db, [id]),
  ])
  res.json({ stamp_batch: presentStampBatch(batch, titles.get(batch.product_id), stats.get(id), suspicious.get(id), voided.get(id)) })
}
