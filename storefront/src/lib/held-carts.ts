import { LRUCache } from "lru-cache"
import type { StoreCart } from "./medusa"

/**
 * How long a cart is served as this storefront last read or changed it. Every change a shopper makes
 * to a cart goes through this process (lib/medusa.ts), which holds the cart commerce answered with,
 * so the pages after a change need not read it again. Only a change made outside the storefront (a
 * card payment completed by Stripe's webhook) can be this late to show; placing the order always asks
 * commerce, which answers the order of a cart already completed.
 */
export const HELD_CART_LIFETIME_MS = 30_000

const carts = new LRUCache<string, StoreCart>({ max: 5_000, ttl: HELD_CART_LIFETIME_MS })
/** Changes begun per cart: an answer is held only if no change began after its request did. */
const changes = new LRUCache<string, number>({ max: 5_000, ttl: HELD_CART_LIFETIME_MS })

/** The cart as last read or changed here within the lifetime; callers must not modify it. */
export function heldCart(id: string): StoreCart | undefined {
  return carts.get(id)
}

/** Where the cart stands before a read: pass it to holdCart with the answer. */
export function cartVersion(id: string): number {
  return changes.get(id) ?? 0
}

/** Marks a change to the cart as begun: nothing read before it is served after it. Answers its version. */
export function changingCart(id: string): number {
  const version = cartVersion(id) + 1
  changes.set(id, version)
  carts.delete(id)
  return version
}

/** Holds a cart commerce answered with, unless a change began since the request (`version`) was made. */
export function holdCart(cart: StoreCart, version: number): StoreCart {
  if (cartVersion(cart.id) === version) carts.set(cart.id, cart)
  return cart
}
