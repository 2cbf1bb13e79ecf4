import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wardsOf } from "../../../../checkout/wards"
import { parseInput } from "../../../validation"
import { ListWardsQuery } from "./validators"

/**
 * GET /store/ocop/wards?province=ha-noi — the wards, communes and special zones of a province since
 * 1 July 2025, for the delivery address. The list changes only with a law, so it may be cached long.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { province } = parseInput(ListWardsQuery, req.query, "query")
  const wards = wardsOf(province)
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.json({ province, wards, count: wards.length })
}
