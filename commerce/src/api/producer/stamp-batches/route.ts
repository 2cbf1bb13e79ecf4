import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../modules/stamp"
import type StampModuleService from "../../../modules/stamp/service"
import { batchScanStats, NO_SUSPICIOUS_STAMPS, productScanStats, suspiciousStamps, voidedStamps } from "../../../stamps/stats"
import { issueStampBatchWorkflow } from "../../../workflows/stamp/issue-stamp-batch"
import { presentStampBatch, productTitles, type StampBatchRow } from "../../admin/ocop/stamp-batches/admin-stamp-batch"
import { IssueStampBatchBody, ListStampBatchesQuery } from "../../admin/ocop/stamp-batches/validators"
import { parseInput } from "../../validation"
import { producerScope } from "../scope"
import { ownProductIds } from "./own-batches"

/**
 * GET /producer/stamp-batches — the producer's own stamp batches with scan counts, scan counts per
 * product over all its batches, and the products whose stamps were seen in a copying pattern with
 * those stamps named, so the producer knows which printed stamps were copied, not only how often.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const input = parseInput(ListStampBatchesQuery, req.query, "query")
  const products = await ownProductIds(req, producer.id)
  if (input.product_id && !products.includes(input.product_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm / Product ${input.product_id} was not found`)
  const wanted = input.product_id ? [input.product_id] : products
  const stamps = req.scope.resolve<StampModuleService>(STAMP_MODULE)
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [batches, count] = wanted.length
    ? await stamps.listAndCountStampBatches({ product_id: wanted, ...(input.status ? { status: input.status } : {}) }, { skip: input.offset, take: input.limit, order: { created_at: "DESC", id: "DESC" } })
    : [[], 0]
  const rows = batches as unknown as StampBatchRow[]
  const batchIds = rows.map((batch) => batch.id)
  const [titles, perBatch, perProduct, suspiciousPerBatch, suspiciousPerProduct, voidedPerBatch] = await Promise.all([
    productTitles(db, wanted),
    batchScanStats(db, batchIds),
    productScanStats(db, wanted),
    suspiciousStamps(db, { batchIds }),
    suspiciousStamps(db, { productIds: wanted }),
    voidedStamps(db, batchIds),
  ])
  const productStats = wanted
    .filter((productId) => (perProduct.get(productId)?.scans ?? 0) > 0)
    .map((productId) => ({ product_id: productId, product_title: titles.get(productId)?.title ?? null, ...perProduct.get(productId)! }))
  res.json({
    stamp_batches: rows.map((batch) => presentStampBatch(batch, titles.get(batch.product_id), perBatch.get(batch.id), suspiciousPerBatch.get(batch.id), voidedPerBatch.get(batch.id))),
    count,
    limit: input.limit,
    offset: input.offset,
    products: productStats,
    suspicious_alerts: productStats
      .filter((product) => (product.by_verdict.suspicious ?? 0) > 0)
      .map((product) => ({
        product_id: product.product_id,
        product_title: product.product_title,
        suspicious_scans: product.by_verdict.suspicious,
        suspicious_stamps: suspiciousPerProduct.get(product.product_id) ?? NO_SUSPICIOUS_STAMPS,
      })),
  })
}

/** POST /producer/stamp-batches — issue N stamps for one of the producer's own certified products. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer, member } = producerScope(req)
  const body = parseInput(IssueStampBatchBody, req.body, "body")
  if (!(await ownProductIds(req, producer.id)).includes(body.product_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm / Product ${body.product_id} was not found`)
  const { result } = await issueStampBatchWorkflow(req.scope).run({
    input: {
      product_id: body.product_id,
      quantity: body.quantity,
      lot: body.lot ?? null,
      production_date: body.production_date ? `${body.production_date}T00:00:00+07:00` : null,
      expiry_date: body.expiry_date ? `${body.expiry_date}T00:00:00+07:00` : null,
      actor: member.id,
    },
  })
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const titles = await productTitles(db, [result.product_id])
  res.status(201).json({ stamp_batch: presentStampBatch(result as unknown as StampBatchRow, titles.get(result.product_id), undefined) })
}
