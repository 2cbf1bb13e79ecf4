import { LRUCache } from "lru-cache"
import { listShippingOptions, type StoreCart, type StoreShippingOption } from "../../lib/medusa"
import { shippingOptionsKey } from "./options"

// A pickup point's "not enough stock" flag may lag a sale by this long; completion checks stock again.
const LIFETIME_MS = 30_000

const cache = new LRUCache<string, StoreShippingOption[]>({ max: 5_000, ttl: LIFETIME_MS })

/** The cart's shipping options, read from commerce once per cart state within half a minute. */
export async function shippingOptionsFor(cart: StoreCart): Promise<StoreShippingOption[]> {
  const key = shippingOptionsKey(cart)
  const kept = cache.get(key)
  if (kept) return kept
  const options = await listShippingOptions(cart.id)
  cache.set(key, options)
  return options
}
