import type { Lang } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { parseCatalogueParams } from "./filters"

/** `/tim-kiem?q=…` (and `/en/search`) is a short address for the catalogue's search results. */
export function searchRedirect(lang: Lang, url: URL): Response {
  return new Response(null, { status: 301, headers: { Location: paths.catalogue(lang, parseCatalogueParams(url.searchParams)), "Cache-Control": "public, max-age=3600" } })
}
