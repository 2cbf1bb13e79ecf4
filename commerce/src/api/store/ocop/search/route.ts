import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellableProductIds } from "../../../../listing/sellable-query"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import type SearchModuleService from "../../../../modules/product-search/service"
import { parseInput } from "../../../validation"
import { SearchProductsQuery } from "./validators"

/**
 * GET /store/ocop/search — products matching what the shopper typed (with or without marks, typos,
 * prefixes), filtered and faceted. The engine applies the listing rule to hits and counts.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const input = parseInput(SearchProductsQuery, req.query, "query")
  const search = req.scope.resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
  const now = new Date()
  const result = await search.search({
    now,
    q: input.q,
    filters: {
      group: input.group,
      stars: input.stars,
      province: input.province,
      producer: input.producer,
      salesPoint: input.sales_point,
      pickup: input.pickup,
      priceMin: input.price_min,
      priceMax: input.price_max,
    },
    sort: input.sort,
    limit: input.limit,
    offset: input.offset,
  })
  // The index hears of a suspension or revocation a moment after it is decided; the listing read
  // model already knows, so hits are checked against it too.
  const sellable = await sellableProductIds(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), result.hits.map((hit) => hit.id), now)
  res.setHeader("Cache-Control", "public, max-age=10")
  res.json({ ...result, hits: result.hits.filter((hit) => sellable.has(hit.id)) })
}
