import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "../../lib/medusa"
import { listProducts } from "../catalogue/catalogue"
import type { ProductCard, PublicProducer } from "../catalogue/types"
import type { ProducerOnSale } from "./directory"

export type ProducerResult = { kind: "found"; producer: PublicProducer; products: ProductCard[]; count: number } | { kind: "missing" }

/** A producer and every product of theirs that may be sold now. */
export async function getProducer(handle: string): Promise<ProducerResult> {
  if (!/^[a-z0-9-]{1,120}$/.test(handle)) return { kind: "missing" }
  try {
    const [{ producer }, { products, count }] = await Promise.all([
      medusa.client.fetch<{ producer: PublicProducer }>(`/store/ocop/producers/${handle}`),
      listProducts({ producer: handle, limit: 100, order: "stars" }),
    ])
    return { kind: "found", producer, products, count }
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return { kind: "missing" }
    throw error
  }
}

/** Every producer with something on sale, by province then name. */
export async function listProducersOnSale(): Promise<ProducerOnSale[]> {
  const { producers } = await medusa.client.fetch<{ producers: ProducerOnSale[] }>("/store/ocop/producers")
  return producers
}
