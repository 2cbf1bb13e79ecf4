import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../../modules/stamp"
import type StampModuleService from "../../../../modules/stamp/service"
import { batchScanStats, suspiciousStamps, voidedStamps } from "../../../../stamps/stats"
import { issueStampBatchWorkflow } from "../../../../workflows/stamp/issue-stamp-batch"
import { parseInput } from "../../../validation"
import { presentStampBatch, productTitles, type StampBatchRow } from "./admin-stamp-batch"
import { IssueStampBatchBody, ListStampBatchesQuery } from "./validators"

/** GET /admin/ocop/stamp-batches — newest first, with scan counts, the stamps seen as copied and the stamps voided per batch; filter by product or status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListStampBatchesQuery, req.query, "query")
  const stamps = req.scope.resolve<StampModuleService>(STAMP_MODULE)
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const filters: Record<string, unknown> = {}
  if (input.product_id) filters.product_id = input.product_id
  if (input.status) filters.status = input.status
  const [batches, count] = await stamps.listAndCountStampBatches(filters, { skip: input.offset, take: input.limit, order: { created_at: "DESC", id: "DESC" } })
  const rows = batches as unknown as StampBatchRow[]
  const batchIds = rows.map((b) => b.id)
  const [titles, stats, suspicious, voided] = await Promise.all([
    productTitles(db, rows.map((b) => b.product_id)),
    batchScanStats(db, batchIds),
    suspiciousStamps(db, { batchIds }),
    voidedStamps(db, batchIds),
  ])
  res.json({
    stamp_batches: rows.map((batch) => presentStampBatch(batch, titles.get(batch.product_id), stats.get(batch.id), suspicious.get(batch.id), voided.get(batch.id))),
    count,
    limit: input.limit,
    offset: input.offset,
  })
}

/** POST /admin/ocop/stamp-batches — issue N stamps for a product under its certificate in force. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(IssueStampBatchBody, req.body, "body")
  const { result } = await issueStampBatchWorkflow(req.scope).run({
    input: {
      product_id: body.product_id,
      quantity: body.quantity,
      lot: body.lot ?? null,
      production_date: body.production_date ? `${body.production_date}T00:00:00+07:00` : null,
      expiry_date: body.expiry_date ? `${body.expiry_date}T00:00:00+07:00` : null,
      actor: req.auth_context.actor_id,
    },
  })
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const titles = await productTitles(db, [result.product_id])
  res.status(201).json({ stamp_batch: presentStampBatch(result as unknown as StampBatchRow, titles.get(result.product_id), undefined) })
}
