import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listProducersOnSale } from "../../../../listing/producer-directory"
import { parseInput } from "../../../validation"
import { ListProducersQuery } from "./validators"

/**
 * GET /store/ocop/producers — the directory of OCOP producers (chủ thể OCOP) with products on sale,
 * each with how many, its best star rank and its product groups; by province, then name.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  parseInput(ListProducersQuery, req.query, "query")
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const producers = await listProducersOnSale(db, new Date())
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({ producers, count: producers.length })
}
