import { currentProvince } from "../province/provinces"

/** The six OCOP product groups of Decision 148/QĐ-TTg, in the order shoppers see them. */
export const productGroups = ["food", "drinks", "herbal", "handicraft", "ornamental", "tourism"] as const
export type ProductGroup = (typeof productGroups)[number]

export const starRanks = [5, 4, 3] as const
export type StarRank = (typeof starRanks)[number]

export const catalogueSorts = ["relevance", "newest", "stars", "price_asc", "price_desc"] as const
export type CatalogueSort = (typeof catalogueSorts)[number]

export const PAGE_SIZE = 24
/** The search API pages up to offset 10 000. */
export const MAX_PAGE = Math.floor(10_000 / PAGE_SIZE) + 1
const MAX_QUERY = 200
const MAX_PRICE = 1_000_000_000
const HANDLE = /^[a-z0-9-]{1,120}$/

/** What a catalogue URL asks for, after cleaning: every value here is one the search API accepts. */
export interface CatalogueFilters {
  q: string
  group: ProductGroup[]
  stars: StarRank[]
  /** Post-2025 province slugs. */
  province: string[]
  salesPoint: string[]
  pickup: boolean
  priceMin: number | null
  priceMax: number | null
  sort: CatalogueSort
  page: number
}

export const emptyFilters: CatalogueFilters = {
  q: "",
  group: [],
  stars: [],
  province: [],
  salesPoint: [],
  pickup: false,
  priceMin: null,
  priceMax: null,
  sort: "relevance",
  page: 1,
}

/** `a,b` and `?x=a&x=b` both mean a list; values are trimmed, deduplicated and kept in a canonical order. */
function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean)
}

function pick<T extends string | number>(allowed: readonly T[], wanted: string[]): T[] {
  return allowed.filter((value) => wanted.includes(String(value)))
}

/** "150.000", "150,000 ₫" and "150000" all mean 150 000 đồng; anything else is ignored. */
export function parsePrice(raw: string | null): number | null {
  if (raw === null) return null
  const digits = raw.replace(/[\s.,₫đ]|vnd/gi, "")
  if (!/^\d{1,10}$/.test(digits)) return null
  const amount = Number(digits)
  return amount <= MAX_PRICE ? amount : null
}

/**
 * Reads catalogue filters from a URL. Shoppers and crawlers edit URLs by hand, so anything the search
 * API would refuse is dropped here rather than turned into an error page; an old province slug
 * ("ha-giang") means the province it was merged into.
 */
export function parseCatalogueParams(params: URLSearchParams): CatalogueFilters {
  const q = (params.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY)
  const province = [...new Set(values(params, "province").map((slug) => currentProvince(slug.toLowerCase())?.slug).filter((slug) => slug !== undefined))].sort()
  const salesPoint = [...new Set(values(params, "sales_point").filter((handle) => HANDLE.test(handle)))].sort()
  let priceMin = parsePrice(params.get("price_min"))
  let priceMax = parsePrice(params.get("price_max"))
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  const sort = catalogueSorts.find((candidate) => candidate === params.get("sort")) ?? "relevance"
  const page = Number(params.get("page") ?? "1")
  return {
    q,
    group: pick(productGroups, values(params, "group")),
    stars: pick(starRanks, values(params, "stars")),
    province,
    salesPoint,
    pickup: ["1", "true", "on"].includes(params.get("pickup") ?? ""),
    priceMin,
    priceMax,
    sort,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The query string of a catalogue URL (without "?"), listing only what differs from the defaults. */
export function catalogueQuery(filters: Partial<CatalogueFilters>): string {
  const f = { ...emptyFilters, ...filters }
  const params = new URLSearchParams()
  if (f.q) params.set("q", f.q)
  for (const group of f.group) params.append("group", group)
  for (const stars of f.stars) params.append("stars", String(stars))
  for (const province of f.province) params.append("province", province)
  for (const salesPoint of f.salesPoint) params.append("sales_point", salesPoint)
  if (f.pickup) params.set("pickup", "1")
  if (f.priceMin !== null) params.set("price_min", String(f.priceMin))
  if (f.priceMax !== null) params.set("price_max", String(f.priceMax))
  if (f.sort !== "relevance") params.set("sort", f.sort)
  if (f.page > 1) params.set("page", String(f.page))
  return params.toString()
}

/** Parameters of GET /store/ocop/search for these filters. */
export function searchApiParams(filters: CatalogueFilters, limit = PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q) params.set("q", filters.q)
  if (filters.group.length) params.set("group", filters.group.join(","))
  if (filters.stars.length) params.set("stars", filters.stars.join(","))
  if (filters.province.length) params.set("province", filters.province.join(","))
  if (filters.salesPoint.length) params.set("sales_point", filters.salesPoint.join(","))
  if (filters.pickup) params.set("pickup", "true")
  if (filters.priceMin !== null) params.set("price_min", String(filters.priceMin))
  if (filters.priceMax !== null) params.set("price_max", String(filters.priceMax))
  params.set("sort", filters.sort)
  params.set("limit", String(limit))
  params.set("offset", String((filters.page - 1) * limit))
  return params
}

/** How many filters narrow the list (the search words and the order are not filters). */
export function activeFilterCount(filters: CatalogueFilters): number {
  return (
    filters.group.length +
    filters.stars.length +
    filters.province.length +
    filters.salesPoint.length +
    (filters.pickup ? 1 : 0) +
    (filters.priceMin !== null ? 1 : 0) +
    (filters.priceMax !== null ? 1 : 0)
  )
}
