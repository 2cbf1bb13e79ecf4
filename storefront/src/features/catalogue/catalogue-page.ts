import type { Lang } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { listSalesPoints, type SalesPoint } from "../sales-point/sales-points"
import { PAGE_SIZE, parseCatalogueParams, type CatalogueFilters } from "./filters"
import { pageWithinListing } from "../../components/ui/pagination"
import { loadCatalogue, type CatalogueListing } from "./search"

export type CataloguePageResult = { kind: "page"; filters: CatalogueFilters; listing: CatalogueListing; salesPoints: SalesPoint[] } | { kind: "redirect"; location: string }

/**
 * Everything the catalogue page (also the search results page) renders, from its URL. A URL that is
 * not in canonical form (empty fields of a submitted filter form, values in another order, values the
 * API would refuse) redirects to the clean one, so every listing has one shareable address.
 */
export async function loadCataloguePage(lang: Lang, url: URL): Promise<CataloguePageResult> {
  const filters = parseCatalogueParams(url.searchParams)
  const canonical = paths.catalogue(lang, filters)
  if (`${url.pathname.replace(/\/$/, "")}${url.search === "?" ? "" : url.search}` !== canonical) return { kind: "redirect", location: canonical }
  const [listing, salesPoints] = await Promise.all([loadCatalogue(filters), listSalesPoints()])
  const within = listing.outcome.kind === "ok" ? pageWithinListing(filters.page, listing.outcome.answer.total, PAGE_SIZE) : null
  if (within !== null) return { kind: "redirect", location: paths.catalogue(lang, { ...filters, page: within }) }
  return { kind: "page", filters, listing, salesPoints }
}
