import type { APIRoute } from "astro"
import { z } from "astro/zod"
import { wardsOf } from "../../features/checkout/wards"
import { isProvinceSlug } from "../../features/province/provinces"
import { onlyGet, parseApiQuery } from "../../lib/api-query"

/** GET /api/wards?province=ha-noi — the wards and communes offered under the checkout's ward field. */
export const GET: APIRoute = async ({ url }) => {
  const parsed = parseApiQuery(url, { province: z.string().refine(isProvinceSlug, "one of the 34 province slugs in force since 1 July 2025") })
  if (!parsed.ok) return parsed.response
  const wards = await wardsOf(parsed.query.province)
  return Response.json({ wards: wards.map((ward) => ward.name) }, { headers: { "Cache-Control": "public, max-age=86400" } })
}

export const ALL = onlyGet(GET)
