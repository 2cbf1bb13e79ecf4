import type { StoreOrder } from "../../lib/medusa"

/** The page of the order history the account page shows. */
export interface OrderHistoryPage {
  orders: StoreOrder[]
  /** How many orders the customer has in all. */
  count: number
  page: number
  pages: number
}

/** Ten orders a page: enough to find a recent one without scrolling past years of them. */
export const ORDERS_PER_PAGE = 10

/** The order history page a URL asks for: `?page=N` (N ≥ 2; none is the first), or null for anything else. */
export function requestedOrdersPage(url: URL): number | null {
  const asked = url.searchParams.get("page")
  if (asked === null) return 1
  return /^[1-9]\d{0,5}$/.test(asked) && asked !== "1" ? Number(asked) : null
}
