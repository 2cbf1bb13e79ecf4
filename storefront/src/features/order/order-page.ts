import type { APIContext } from "astro"
import type { Lang } from "../../i18n/dictionaries"
import { COOKIES } from "../../lib/cookies"
import { setFlash, takeFlash, type Flash } from "../../lib/flash"
import { readFormBody } from "../../lib/form-body"
import { cancelOrder, orderProgress, StoreApiError, type OrderProgress, type StoreOrder } from "../../lib/medusa"
import { inLanguage } from "../../lib/commerce-message"
import { namedList } from "../../lib/format"
import { paths } from "../../lib/paths"
import { getProduct } from "../catalogue/catalogue"
import { rememberCart } from "../cart/cart"
import { addProduct } from "../cart/cart-actions"
import { listSalesPoints, type SalesPoint } from "../sales-point/sales-points"
import { loadOrder, orderIdFrom } from "./load-order"
import { pickupHandle } from "./order"

export type OrderPageData =
  | {
      kind: "found"
      order: StoreOrder
      accessKey: string | null
      flash: Flash | null
      /** Each line's product title in both languages, by line id (the order keeps only the Vietnamese one). */
      titles: Map<string, Record<Lang, string>>
      /** The sales point a pickup order waits at; null for delivery, or when the point is no longer listed. */
      pickupPoint: SalesPoint | null
      /** Each line's step with its producer, whether the buyer may still cancel, and why a cancelled one was cancelled. */
      progress: OrderProgress
    }
  /** Nothing to show this visitor; `orderId` (a well-formed id) lets the page offer to log in and come back. */
  | { kind: "hidden"; orderId: string | null }
  | { kind: "redirect"; response: Response }

async function lineTitles(order: StoreOrder): Promise<Map<string, Record<Lang, string>>> {
  const titles = await Promise.all(
    order.items.map(async (item) => {
      const result = item.product_handle ? await getProduct(item.product_handle) : ({ kind: "missing" } as const)
      const title = result.kind === "sellable" ? result.product.title : result.kind === "delisted" ? result.delisted.title : null
      return [item.id, title ?? { vi: item.product_title ?? item.title, en: item.product_title ?? item.title }] as const
    })
  )
  return new Map(titles)
}

async function pickupPoint(order: StoreOrder): Promise<SalesPoint | null> {
  const handle = pickupHandle(order)
  if (!handle) return null
  return (await listSalesPoints()).find((point) => point.handle === handle) ?? null
}

/**
 * The order page's data: the order when this visitor may read it, otherwise a 404 like a missing
 * order. Its forms cancel the order or put its products in the cart again (post/redirect/get, the
 * outcome in a one-time message).
 */
export async function loadOrderPage(context: Pick<APIContext, "params" | "url" | "cookies" | "request" | "redirect" | "locals">, lang: Lang): Promise<OrderPageData> {
  const accessKey = context.url.searchParams.get("t")
  const orderId = orderIdFrom(context.params["id"])
  const result = await loadOrder(context.params["id"] ?? "", accessKey, context.cookies)
  if (result.kind === "hidden") {
    // The middleware may have dropped the refused login already; the shopper is still asked to log in.
    if (!result.sessionEnded && !context.locals.loginEnded) return { kind: "hidden", orderId }
    context.cookies.delete(COOKIES.customer, { path: "/" })
    setFlash(context.cookies, context.url, { kind: "error", key: "sessionExpired", values: {} })
    return { kind: "redirect", response: context.redirect(paths.login(lang, orderId ?? undefined), 303) }
  }
  const token = context.cookies.get(COOKIES.customer)?.value
  if (context.request.method === "POST") {
    const intent = (await readFormBody(context.request))?.get("intent")
    if (intent === "reorder") {
      setFlash(context.cookies, context.url, await buyAgain(context, result.order, lang))
      return { kind: "redirect", response: context.redirect(paths.cart(lang), 303) }
    }
    const outcome: Flash = intent === "cancel" ? await cancelByBuyer(result.order, accessKey, token, lang) : { kind: "error", key: "formUnreadable", values: {} }
    setFlash(context.cookies, context.url, outcome)
    return { kind: "redirect", response: context.redirect(paths.order(lang, result.order.id, accessKey ?? undefined), 303) }
  }
  const [titles, point, progress] = await Promise.all([lineTitles(result.order), pickupPoint(result.order), orderProgress(result.order.id, accessKey, token)])
  return { kind: "found", order: result.order, accessKey, flash: takeFlash(context.cookies), titles, pickupPoint: point, progress }
}

/**
 * "Buy again": each product of the order goes into the cart in the same quantity, one by one under
 * the cart's own rules (still certified and on sale, in stock); what cannot be added is counted and
 * the shopper finds the reasons on the cart page as usual.
 */
async function buyAgain(context: Parameters<typeof addProduct>[0], order: StoreOrder, lang: Lang): Promise<Flash> {
  let added = 0
  const refused: string[] = []
  for (const item of order.items) {
    const title = item.product_title ?? item.title
    if (!item.product_handle) {
      refused.push(title)
      continue
    }
    try {
      const outcome = await addProduct(context, { handle: item.product_handle, quantity: item.quantity }, lang)
      if (outcome.cart) rememberCart(context.cookies, context.url, outcome.cart)
      if (outcome.flash.kind === "success") added++
      else refused.push(title)
    } catch (error) {
      console.error("buy again failed for a line", error)
      refused.push(title)
    }
  }
  const products = namedList(refused, lang, 3)
  if (added === 0) return { kind: "error", key: "orderBuyAgainNone", values: { products } }
  return refused.length > 0 ? { kind: "success", key: "orderBuyAgainSome", values: { count: added, products } } : { kind: "success", key: "orderBuyAgain", values: {} }
}

async function cancelByBuyer(order: StoreOrder, key: string | null, token: string | undefined, lang: Lang): Promise<Flash> {
  try {
    await cancelOrder(order.id, key, token)
    return { kind: "success", key: "orderCanceledByYou", values: { number: order.display_id } }
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 409) return { kind: "error", key: "orderCancelRefused", values: { detail: inLanguage(error.message, lang) } }
    console.error("order cancellation failed", error)
    return { kind: "error", key: "accountUnavailable", values: {} }
  }
}
