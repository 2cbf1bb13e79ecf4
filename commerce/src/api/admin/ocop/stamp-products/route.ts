import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NO_SCANS, productScanStats, stampedProducts } from "../../../../stamps/stats"
import { parseInput } from "../../../validation"
import { productTitles } from "../stamp-batches/admin-stamp-batch"
import { ListStampProductsQuery } from "./validators"

/**
 * GET /admin/ocop/stamp-products — the products that have stamps, most recently issued first: their
 * batches, stamps issued and scan statistics over all their batches. `?product_id=` for one product.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListStampProductsQuery, req.query, "query")
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { products, count } = await stampedProducts(db, input)
  const ids = products.map((product) => product.product_id)
  const [titles, stats] = await Promise.all([productTitles(db, ids), productScanStats(db, ids)])
  res.json({
    stamp_products: products.map((product) => ({
      ...product,
      product_title: titles.get(product.product_id)?.title ?? null,
      product_handle: titles.get(product.product_id)?.handle ?? null,
      stats: stats.get(product.product_id) ?? NO_SCANS,
    })),
    count,
    limit: input.limit,
    offset: input.offset,
  })
}
