import type { DelistedProduct, DeliveryArea } from "../catalogue/types"
import type { MessageKey } from "../../i18n/dictionaries"

/** Why a line cannot be bought as it is: the shopper must act on it before checkout. */
export type LineBlock =
  | { kind: "not_sellable"; reason: DelistedProduct["reason"] | "missing"; /** When the certificate ran out, for an expired one. */ date: string | null }
  | { kind: "stock"; available: number }
  /** Delivery was chosen to a province the producer does not deliver to; pickup or another address fixes it at checkout. */
  | { kind: "outside_area"; area: { vi: string; en: string } }

export function unitCount(cart: { items: { quantity: number }[] | null }): number {
  return (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/**
 * The lines in the order they were put in the cart. Medusa answers them in whatever order the
 * database returns, which changes when a line is updated, so a line would jump under the shopper's
 * pointer; line ids are ULIDs, which sort by creation time.
 */
export function inOrderAdded<Line extends { id: string }>(lines: Line[]): Line[] {
  return [...lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Blocks a line whose product may not be sold now or whose quantity is more than there is. */
export function lineBlock(
  quantity: number,
  product: { kind: "sellable"; available: number | null } | { kind: "delisted"; reason: DelistedProduct["reason"]; date: string | null } | { kind: "missing" }
): LineBlock | null {
  if (product.kind === "missing") return { kind: "not_sellable", reason: "missing", date: null }
  if (product.kind === "delisted") return { kind: "not_sellable", reason: product.reason, date: product.date }
  if (product.available !== null && quantity > product.available) return { kind: "stock", available: product.available }
  return null
}

/**
 * Blocks a line delivered outside its product's delivery area (null area: delivered everywhere). The
 * province is the shopper's delivery province, null until they chose delivery to an address.
 */
export function deliveryAreaBlock(area: DeliveryArea | null, deliveryProvince: string | null): LineBlock | null {
  if (!area || !deliveryProvince || area.provinces.includes(deliveryProvince)) return null
  return { kind: "outside_area", area: area.label }
}

/** Whether the shopper must change the cart itself (remove the line, lower its quantity) before going to checkout. */
export function fixedInCart(block: LineBlock | null): boolean {
  return block !== null && block.kind !== "outside_area"
}

/** How many more units of a product may go into the cart, given what it already holds; null means no limit (a service). */
export function roomFor(available: number | null, alreadyInCart: number): number | null {
  if (available === null) return null
  return Math.max(0, available - alreadyInCart)
}

const NOT_DONE_STATUS: Partial<Record<MessageKey, number>> = { cartInvalid: 400, formUnreadable: 400, cartProductNotFound: 404, cartUnavailable: 503 }

/**
 * The status of a JSON answer to a cart change that was not made, by its message: 409 when a valid
 * request meets the cart or the shop as they are (sold out, certificate lapsed, line gone), otherwise
 * what went wrong (a form we did not send, an unknown product, commerce failing).
 */
export function notDoneStatus(key: MessageKey): number {
  return NOT_DONE_STATUS[key] ?? 409
}
