import type { AstroCookies } from "astro"
import { COOKIES } from "../../lib/cookies"
import { currentCustomer, retrieveOrder, type StoreOrder } from "../../lib/medusa"
import { mayRead } from "./order"

export type OrderResult = { kind: "found"; order: StoreOrder } | { kind: "hidden" }

/** An order for its page; anyone without the key or the right login gets the same answer as for no order at all. */
export async function loadOrder(id: string, key: string | null, cookies: AstroCookies): Promise<OrderResult> {
  if (!/^order_[A-Za-z0-9]{1,64}$/.test(id)) return { kind: "hidden" }
  const order = await retrieveOrder(id)
  if (!order) return { kind: "hidden" }
  const token = cookies.get(COOKIES.customer)?.value
  const customer = token && order.customer_id ? await currentCustomer(token) : null
  return mayRead(order, key, customer?.id ?? null) ? { kind: "found", order } : { kind: "hidden" }
}
