import type { APIContext } from "astro"
import { takeFlash, type Flash } from "../../lib/flash"
import type { StoreOrder } from "../../lib/medusa"
import { loadOrder } from "./load-order"

export type OrderPageData = { kind: "found"; order: StoreOrder; accessKey: string | null; flash: Flash | null } | { kind: "hidden" }

/** The order page's data: the order when this visitor may read it, otherwise a 404 like a missing order. */
export async function loadOrderPage(context: Pick<APIContext, "params" | "url" | "cookies">): Promise<OrderPageData> {
  const accessKey = context.url.searchParams.get("t")
  const result = await loadOrder(context.params["id"] ?? "", accessKey, context.cookies)
  if (result.kind === "hidden") return result
  return { kind: "found", order: result.order, accessKey, flash: takeFlash(context.cookies) }
}
