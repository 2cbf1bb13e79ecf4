import { FetchError } from "@medusajs/js-sdk"
import { medusa, storeResponse } from "../../lib/medusa"
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

export async function getProduct(handle: string): Promise<ProductResult> {
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) return { kind: "missing" }
  try {
    const { product } = await medusa.client.fetch<{ product: ProductDetail }>(`/store/ocop/products/${handle}`)
    return { kind: "sellable", product }
  } catch (error) {
    if (!(error instanceof FetchError)) throw error
    if (error.status === 404) return { kind: "missing" }
    if (error.status !== 410) throw error
    const { body } = await storeResponse(`/store/ocop/products/${handle}`)
    return { kind: "delisted", delisted: body as DelistedProduct }
  }
}

/** What the home page shows: the newest 5★ products first, then everything on sale. */
export async function loadHome() {
  const [featured, latest] = await Promise.all([listProducts({ stars: 5, limit: 8, order: "newest" }), listProducts({ limit: 24, order: "newest" })])
  return { featured, latest }
}
