import type { Lang } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { emptyFilters, PAGE_SIZE, parseCatalogueParams, type CatalogueFilters } from "../catalogue/filters"
import { pageWithinListing } from "../../components/ui/pagination"
import { loadCatalogue, searchProducts, type CatalogueListing } from "../catalogue/search"
import { listSalesPoints, type SalesPoint } from "../sales-point/sales-points"
import { provinceDirectory, type ProvinceEntry } from "./directory"
import { lookupProvince, type Province } from "./provinces"

export type ProvincePageResult =
  | { kind: "found"; province: Province; filters: CatalogueFilters; listing: CatalogueListing; salesPoints: SalesPoint[] }
  | { kind: "moved"; location: string }
  | { kind: "canonical"; location: string }
  | { kind: "missing" }

/**
 * A province page from its URL. Old province slugs (before the 1 July 2025 merger) move permanently
 * to the province they joined, keeping the shopper's filters.
 */
export async function loadProvincePage(lang: Lang, slug: string, url: URL): Promise<ProvincePageResult> {
  const found = lookupProvince(slug)
  if (found.kind === "unknown") return { kind: "missing" }
  const requested = parseCatalogueParams(url.searchParams)
  if (found.kind === "legacy") return { kind: "moved", location: paths.province(lang, found.province.slug, requested) }
  // Same rule as the catalogue: one clean address per listing (see catalogue-page.ts).
  const canonical = paths.province(lang, found.province.slug, requested)
  if (`${url.pathname.replace(/\/$/, "")}${url.search === "?" ? "" : url.search}` !== canonical) return { kind: "canonical", location: canonical }
  const filters = { ...requested, province: [found.province.slug] }
  const [listing, salesPoints] = await Promise.all([loadCatalogue(filters, { provinceFixed: true }), listSalesPoints()])
  const within = listing.outcome.kind === "ok" ? pageWithinListing(filters.page, listing.outcome.answer.total, PAGE_SIZE) : null
  if (within !== null) return { kind: "canonical", location: paths.province(lang, found.province.slug, { ...requested, page: within }) }
  return { kind: "found", province: found.province, filters, listing, salesPoints: salesPoints.filter((point) => point.provinceSlug === found.province.slug) }
}

/** The province directory: every province with its products on sale, counted by the catalogue's own search facets. */
export async function loadProvinceDirectory(lang: Lang): Promise<ProvinceEntry[]> {
  const browse = await searchProducts(emptyFilters, 1)
  return provinceDirectory(browse.kind === "ok" ? browse.answer.facets.province : {}, lang)
}
