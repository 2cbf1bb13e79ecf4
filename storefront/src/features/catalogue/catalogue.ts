import { medusa, storeResponse } from "../../lib/medusa"
import { emptyFilters } from "./filters"
import { searchProducts } from "./search"
import type { DelistedProduct, ProductCard, ProductDetail } from "./types"

export interface ListOptions {
  limit?: number
  offset?: number
  order?: "newest" | "stars" | "price_asc" | "price_desc" | "name"
  stars?: number
  producer?: string
}

export async function listProducts(options: ListOptions = {}) {
  return medusa.client.fetch<{ products: ProductCard[]; count: number }>("/store/ocop/products", {
    query: {
      limit: options.limit ?? 24,
      offset: options.offset ?? 0,
      order: options.order ?? "newest",
      ...(options.stars ? { stars: options.stars } : {}),
      ...(options.producer ? { producer: options.producer } : {}),
    },
  })
}

export type ProductResult = { kind: "sellable"; product: ProductDetail } | { kind: "delisted"; delisted: DelistedProduct } | { kind: "missing" }

/** One product page's data: one request, whose status says sellable (200), delisted (410) or unknown (404). */
export async function getProduct(handle: string): Promise<ProductResult> {
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) return { kind: "missing" }
  const { status, body } = await storeResponse(`/store/ocop/products/${handle}`)
  if (status === 200) return { kind: "sellable", product: (body as { product: ProductDetail }).product }
  if (status === 410) return { kind: "delisted", delisted: body as DelistedProduct }
  if (status === 404) return { kind: "missing" }
  throw new Error(`The commerce API answered ${status} for product "${handle}"`)
}

/** What the home page shows: the newest 5★ products first, then everything on sale, and what there is per group and province. */
export async function loadHome() {
  const [featured, latest, browse] = await Promise.all([
    listProducts({ stars: 5, limit: 8, order: "newest" }),
    listProducts({ limit: 24, order: "newest" }),
    searchProducts(emptyFilters, 1),
  ])
  const facets = browse.kind === "ok" ? browse.answer.facets : { group: {}, stars: {}, province: {} }
  return { featured, latest, facets }
}
