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
  if (`${url.pathname.replace(/\/$/, "")}${url.search === "?" ? "" : url.search}` !== canonical) {
    // A page past the end is sent straight to the last one, not first to the highest page a listing may have.
    const within = filters.page > 1 ? pageWithin(await loadCatalogue(filters), filters.page) : null
    return { kind: "redirect", location: within === null ? canonical : paths.catalogue(lang, { ...filters, page: within }) }
  }
  const [listing, salesPoints] = await Promise.all([loadCatalogue(filters), listSalesPoints()])
  const within = pageWithin(listing, filters.page)
  if (within !== null) return { kind: "redirect", location: paths.catalogue(lang, { ...filters, page: within }) }
  return { kind: "page", filters, listing, salesPoints }
}

/** The last page of the listing when `page` lies past it, else null. */
function pageWithin(listing: CatalogueListing, page: number): number | null {
  return listing.outcome.kind === "ok" ? pageWithinListing(page, listing.outcome.answer.total, PAGE_SIZE) : null
}
