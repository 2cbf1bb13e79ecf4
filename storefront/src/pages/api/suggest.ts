import type { APIRoute } from "astro"
import { suggest } from "../../features/search/suggest"

/** GET /api/suggest?q=…&lang=vi|en — suggestions for the header search box. */
export const GET: APIRoute = async ({ url }) => {
  const lang = url.searchParams.get("lang") === "en" ? "en" : "vi"
  const suggestions = await suggest(url.searchParams.get("q") ?? "", lang)
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=30" } })
}
