import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { slugify } from "@ocop/search"
import { SALES_POINT_MODULE } from "../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../modules/sales-point/service"
import { parseInput } from "../../../validation"
import { ListSalesPointsQuery } from "./validators"

/** Far above the number of OCOP sales points one marketplace lists; the answer is one page. */
const MAX_SALES_POINTS = 1000

/**
 * GET /store/ocop/sales-points — open OCOP sales points (Decision 950/QĐ-BCT), ordered by province
 * then name so the storefront can group them under one heading per province.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListSalesPointsQuery, req.query, "query")
  const service = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const points = await service.listSalesPoints({ status: "active" }, { take: MAX_SALES_POINTS })
  // An empty filter (`?province=`) filters nothing, as in search.
  const wanted = input.province?.length ? new Set(input.province) : null
  const salesPoints = points
    .map((point) => ({
      handle: point.handle,
      name: point.name,
      locationType: point.location_type,
      province: point.province,
      provinceSlug: slugify(point.province),
      commune: point.commune,
      street: point.street || null,
      legacyAddress: point.legacy_address,
      openingHours: point.opening_hours,
      phone: point.phone,
      latitude: point.latitude,
      longitude: point.longitude,
    }))
    .filter((point) => !wanted || wanted.has(point.provinceSlug))
    .sort((a, b) => a.province.localeCompare(b.province, "vi") || a.name.localeCompare(b.name, "vi"))
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ salesPoints, count: salesPoints.length })
}
