import { storeResponse } from "../../lib/medusa"
import { searchApiParams, type CatalogueFilters } from "./filters"
import type { CardProduct, SearchAnswer, SearchFacets, SearchHit } from "./types"

export type SearchOutcome = { kind: "ok"; answer: SearchAnswer } | { kind: "invalid"; message: string }

/** GET /store/ocop/search. A 400 (input the API refuses) is an outcome the page explains, not an error. */
export async function searchProducts(filters: CatalogueFilters, limit?: number): Promise<SearchOutcome> {
  const { status, body } = await storeResponse(`/store/ocop/search?${searchApiParams(filters, limit).toString()}`)
  if (status === 200) return { kind: "ok", answer: body as SearchAnswer }
  if (status === 400) return { kind: "invalid", message: (body as { message?: string } | null)?.message ?? "" }
  throw new Error(`The commerce API answered ${status} to a catalogue search`)
}

export interface CatalogueListing {
  outcome: SearchOutcome
  /** Counts per option as if that facet alone were not filtered, so a shopper sees what ticking another box adds. */
  facets: SearchFacets
  /** Top products to suggest when nothing matched. */
  fallback: CardProduct[]
}

const noFacets: SearchFacets = { group: {}, stars: {}, province: {} }

/**
 * One catalogue page: the hits, plus facet counts that ignore the facet's own selection (the API
 * counts over the filtered result, where every unticked group would read 0). Only facets with a
 * selection cost an extra request, each with limit 1.
 */
export async function loadCatalogue(filters: CatalogueFilters, options: { provinceFixed?: boolean } = {}): Promise<CatalogueListing> {
  const without = (facet: "group" | "stars" | "province") => searchProducts({ ...filters, [facet]: [], page: 1 }, 1)
  const [outcome, group, stars, province] = await Promise.all([
    searchProducts(filters),
    filters.group.length ? without("group") : null,
    filters.stars.length ? without("stars") : null,
    filters.province.length && !options.provinceFixed ? without("province") : null,
  ])
  if (outcome.kind !== "ok") return { outcome, facets: noFacets, fallback: [] }
  const facetsOf = (other: SearchOutcome | null, facet: keyof SearchFacets) => (other?.kind === "ok" ? other.answer.facets[facet] : outcome.answer.facets[facet])
  let fallback: CardProduct[] = []
  if (outcome.answer.total === 0) {
    const top = await searchProducts({ ...filters, q: "", group: [], stars: [], province: [], salesPoint: [], pickup: false, priceMin: null, priceMax: null, sort: "relevance", page: 1 }, 4)
    fallback = top.kind === "ok" ? top.answer.hits.map(toCard) : []
  }
  return {
    outcome,
    facets: { group: facetsOf(group, "group"), stars: facetsOf(stars, "stars"), province: facetsOf(province, "province") },
    fallback,
  }
}

/** A search hit as a product card. */
export function toCard(hit: SearchHit): CardProduct {
  return {
    handle: hit.handle,
    title: hit.title,
    thumbnail: hit.thumbnail,
    stars: hit.stars,
    priceVnd: hit.priceVnd,
    available: hit.available,
    producer: { name: hit.producer.name, province: hit.province },
  }
}
