import type { AstroCookies } from "astro"
import { COOKIES } from "../../lib/cookies"
import { currentCustomer, retrieveOrder, type StoreOrder } from "../../lib/medusa"
import { mayRead } from "./order"

export type OrderResult = { kind: "found"; order: StoreOrder } | { kind: "hidden"; sessionEnded: boolean }

const ORDER_ID = /^order_[A-Za-z0-9]{1,64}$/

/** An order id as the shopper's links carry it, or null for anything else. */
export function orderIdFrom(value: string | undefined): string | null {
  return value && ORDER_ID.test(value) ? value : null
}

/**
 * An order for its page; anyone without the key or the right login gets the same answer as for no
 * order at all. `sessionEnded` says the browser's login was refused (expired, or signed out by a
 * password reset), whatever the order: the shopper is asked to log in again rather than told their
 * order does not exist, and nobody learns from it whether the order exists.
 */
export async function loadOrder(id: string, key: string | null, cookies: AstroCookies): Promise<OrderResult> {
  const token = cookies.get(COOKIES.customer)?.value
  const order = orderIdFrom(id) ? await retrieveOrder(id) : null
  // A guest's order with its key needs no login; any other answer depends on it.
  const guestWithKey = order !== null && !order.customer_id && mayRead(order, key, null)
  const customer = token && !guestWithKey ? await currentCustomer(token) : null
  if (order && mayRead(order, key, customer?.id ?? null)) return { kind: "found", order }
  return { kind: "hidden", sessionEnded: Boolean(token) && !customer }
}
