import type { APIRoute } from "astro"
import { z } from "astro/zod"
import { suggest } from "../../features/search/suggest"
import { langParameter, onlyGet, parseApiQuery } from "../../lib/api-query"

/** GET /api/suggest?q=…&lang=vi|en — suggestions for the header search box. */
export const GET: APIRoute = async ({ url }) => {
  // The box never sends more than a shopper types; suggest() itself reads at most 100 characters.
  const parsed = parseApiQuery(url, { q: z.string().max(500, "at most 500 characters").default(""), lang: langParameter })
  if (!parsed.ok) return parsed.response
  const suggestions = await suggest(parsed.query.q, parsed.query.lang)
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=30" } })
}

export const ALL = onlyGet(GET)
