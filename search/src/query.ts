import type { ProductGroup, SearchDocument } from "./document.ts"
import { foldVietnamese } from "./fold.ts"

export const searchSorts = ["relevance", "newest", "stars", "price_asc", "price_desc"] as const
export type SearchSort = (typeof searchSorts)[number]

export interface SearchFilters {
  group?: ProductGroup[]
  stars?: number[]
  /** Province slugs, e.g. "lao-cai". */
  province?: string[]
  /** Producer handles. */
  producer?: string[]
  priceMin?: number
  priceMax?: number
  /** Only products in stock at one of these sales points (handles) for pickup. */
  salesPoint?: string[]
  /** Only products in stock at some sales point. */
  pickup?: boolean
}

export interface SearchQuery {
  q?: string
  filters?: SearchFilters
  sort?: SearchSort
  limit?: number
  offset?: number
  /** The instant the listing rule is judged at; now unless a test moves the clock. */
  now?: Date
}

export interface SearchFacets {
  group: Record<string, number>
  stars: Record<string, number>
  province: Record<string, number>
}

export interface SearchResult {
  hits: SearchDocument[]
  /** Sellable products matching the query and filters. */
  total: number
  facets: SearchFacets
  limit: number
  offset: number
}

export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 24
const MAX_TERMS = 12
const MAX_TERM_LENGTH = 32

/** What the shopper typed, prepared once for every engine. */
export interface PreparedText {
  /** Folded words (a–z, 0–9), at most 12 of at most 32 characters. */
  terms: string[]
  /** The folded words joined by spaces; empty when nothing searchable was typed. */
  folded: string
  /** Lower-case, NFC, with the shopper's marks: set only when they typed any. */
  exact: string | null
  /**
   * Something was typed but no letter or digit ("---", "🍯"): no product can match it, and
   * answering with the whole catalogue would read as a match.
   */
  unmatchable: boolean
}

/** Splits a query into searchable words. Punctuation, emoji and SQL metacharacters are separators, never syntax. */
export function prepareText(q: string | undefined): PreparedText {
  const nfc = (q ?? "").normalize("NFC").toLowerCase()
  const terms = foldVietnamese(nfc)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, MAX_TERM_LENGTH))
  const folded = terms.join(" ")
  const marked = nfc
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ")
  const exact = terms.length > 0 && foldVietnamese(marked) !== marked ? marked : null
  return { terms, folded, exact, unmatchable: terms.length === 0 && nfc.trim() !== "" }
}

/** Limits clamped to the engine's range. */
export function page(query: SearchQuery): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(query.limit ?? DEFAULT_LIMIT)))
  const offset = Math.max(0, Math.trunc(query.offset ?? 0))
  return { limit, offset }
}

export function emptyFacets(): SearchFacets {
  return { group: {}, stars: {}, province: {} }
}

/** The answer to a query nothing can match. */
export function noResult(query: SearchQuery): SearchResult {
  return { hits: [], total: 0, facets: emptyFacets(), ...page(query) }
}
