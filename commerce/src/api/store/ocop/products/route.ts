import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSellableProducts } from "../../../../listing/catalogue"
import { parseInput } from "../../../validation"
import { ListCatalogueQuery } from "./validators"

/** GET /store/ocop/products — sellable OCOP products with their star rank, certificate and producer. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListCatalogueQuery, req.query, "query")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { products, count } = await listSellableProducts(query, db, {
    limit: input.limit,
    offset: input.offset,
    order: input.order,
    group: input.group,
    producerHandle: input.producer,
    stars: input.stars,
  })
  res.setHeader("Cache-Control", "public, max-age=10")
  res.json({ products, count, limit: input.limit, offset: input.offset })
}
