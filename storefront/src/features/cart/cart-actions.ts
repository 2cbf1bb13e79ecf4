import type { APIContext } from "astro"
import { t, type Lang, type MessageKey } from "../../i18n/dictionaries"
import { COOKIES } from "../../lib/cookies"
import { setFlash, type Flash } from "../../lib/flash"
import { readFormBody } from "../../lib/form-body"
import { addLineItem, createCart, removeLineItem, StoreApiError, updateLineItem, type StoreCart } from "../../lib/medusa"
import { paths } from "../../lib/paths"
import { getProduct } from "../catalogue/catalogue"
import { currentCart, loadCartView, rememberCart } from "./cart"
import { parseCartAction, type CartAction } from "./cart-form"
import { notDoneStatus, roomFor, unitCount } from "./cart-rules"
import { cartSnapshot, type CartAnswer, type CartSnapshot } from "./cart-snapshot"

type Context = Pick<APIContext, "request" | "cookies" | "url" | "redirect">

export interface Outcome {
  flash: Flash
  cart: StoreCart | null
  /** Where a browser without JavaScript goes next: the cart, or back to the product it came from. */
  to: "cart" | { product: string }
}

const message = (kind: Flash["kind"], key: MessageKey, values: Flash["values"] = {}): Flash => ({ kind, key, values })

/** Medusa's refusals worded for the shopper: the listing rule ("Cannot sell: …") and inventory. */
function refusal(error: unknown, title: string): Flash {
  if (error instanceof StoreApiError) {
    if (error.message.includes("Cannot sell")) return message("error", "cartRefusedNotSellable", { title })
    if (/inventory|stock|đủ hàng/i.test(error.message)) return message("error", "cartRefusedSoldOut", { title })
  }
  throw error
}

/** One product into the shopper's cart (created when they have none), within what is in stock. */
export async function addProduct(context: Context, action: Pick<Extract<CartAction, { intent: "add" }>, "handle" | "quantity">, lang: Lang): Promise<Outcome> {
  const back = { product: action.handle }
  const product = await getProduct(action.handle)
  if (product.kind === "missing") return { flash: message("error", "cartProductNotFound"), cart: null, to: "cart" }
  if (product.kind === "delisted") return { flash: message("error", "cartRefusedNotSellable", { title: product.delisted.title[lang] }), cart: null, to: back }
  const title = product.product.title[lang]
  let cart = await currentCart(context.cookies)
  const inCart = (cart?.items ?? []).filter((item) => item.product_id === product.product.id).reduce((sum, item) => sum + item.quantity, 0)
  const room = roomFor(product.product.available, inCart)
  if (room === 0) {
    const key = inCart > 0 ? "cartRefusedAllInCart" : "cartRefusedSoldOut"
    return { flash: message("error", key, { title, available: product.product.available ?? 0 }), cart, to: back }
  }
  if (room !== null && action.quantity > room) {
    return { flash: message("error", "cartRefusedNotEnough", { title, available: product.product.available ?? 0, room }), cart, to: back }
  }
  const variant = product.product.variantId
  if (!variant) return { flash: message("error", "cartRefusedNotSellable", { title }), cart, to: back }
  const firstItem = { variantId: variant, quantity: action.quantity }
  try {
    cart = cart
      ? await addLineItem(cart.id, variant, action.quantity)
      : await createCart(firstItem, context.cookies.get(COOKIES.customer)?.value).catch((error: unknown) => {
          // An expired login must not stop a purchase: the cart starts as a guest's and the login cookie goes.
          if (!(error instanceof StoreApiError) || error.status !== 401) throw error
          context.cookies.delete(COOKIES.customer, { path: "/" })
          return createCart(firstItem)
        })
  } catch (error) {
    return { flash: refusal(error, title), cart, to: back }
  }
  return { flash: message("success", "cartAdded", { title, quantity: action.quantity }), cart, to: "cart" }
}

async function change(context: Context, action: Exclude<CartAction, { intent: "add" }>): Promise<Outcome> {
  const cart = await currentCart(context.cookies)
  const line = cart?.items.find((item) => item.id === action.line_id)
  if (!cart || !line) return { flash: message("error", "cartLineGone"), cart, to: "cart" }
  const title = line.product_title ?? line.title
  if (action.intent === "remove" || action.quantity === 0) {
    return { flash: message("success", "cartRemoved", { title }), cart: await removeLineItem(cart.id, line.id), to: "cart" }
  }
  if (action.quantity > line.quantity && line.product_handle) {
    const product = await getProduct(line.product_handle)
    if (product.kind !== "sellable") return { flash: message("error", "cartRefusedNotSellable", { title }), cart, to: "cart" }
    const room = roomFor(product.product.available, 0)
    if (room !== null && action.quantity > room) {
      return { flash: message("error", "cartRefusedOnlyLeft", { title, available: room }), cart, to: "cart" }
    }
  }
  try {
    return { flash: message("success", "cartUpdated", { title }), cart: await updateLineItem(cart.id, line.id, action.quantity), to: "cart" }
  } catch (error) {
    return { flash: refusal(error, title), cart, to: "cart" }
  }
}

/**
 * The cart as it stands after a change on the cart page, for its island to re-render from; left out
 * when it cannot be read (commerce unreachable): the island then keeps what it shows.
 */
async function snapshotAfter(context: Context, outcome: Outcome, lang: Lang): Promise<CartSnapshot | undefined> {
  try {
    const cart = outcome.cart ?? (await currentCart(context.cookies))
    // Nothing came back from the change (a form we did not send, commerce failing): read the cart
    // afresh, and let the header count follow it.
    if (cart && !outcome.cart) rememberCart(context.cookies, context.url, cart)
    return cartSnapshot(cart ? await loadCartView(cart) : null, lang)
  } catch (error) {
    console.error("cart snapshot failed", error)
    return undefined
  }
}

/**
 * Form posts to the cart page (add from a product page, change a quantity, remove a line). Without
 * JavaScript the answer is a 303 to the next page with a one-time message. Scripts ask for JSON
 * instead and stay where they are: `{ ok, message, count }`, plus `cart` (a CartSnapshot) for a
 * change or removal, which only the cart page makes; an add leaves it out, the product page has no
 * use for it and reading every line's product would slow the add.
 */
export async function handleCartPost(context: Context, lang: Lang): Promise<Response> {
  const wantsJson = (context.request.headers.get("accept") ?? "").includes("application/json")
  const form = await readFormBody(context.request)
  const action = form ? parseCartAction(form) : null
  let outcome: Outcome
  if (!action) {
    outcome = { flash: message("error", form ? "cartInvalid" : "formUnreadable"), cart: null, to: "cart" }
  } else {
    try {
      outcome = action.intent === "add" ? await addProduct(context, action, lang) : await change(context, action)
    } catch (error) {
      console.error("cart action failed", error)
      outcome = { flash: message("error", "cartUnavailable"), cart: null, to: action.intent === "add" ? { product: action.handle } : "cart" }
    }
  }
  if (outcome.cart) rememberCart(context.cookies, context.url, outcome.cart)
  const count = outcome.cart ? unitCount(outcome.cart) : Number(context.cookies.get(COOKIES.cartCount)?.value ?? 0)
  if (wantsJson) {
    const status = outcome.flash.kind === "success" ? 200 : notDoneStatus(outcome.flash.key)
    const answer: CartAnswer = { ok: outcome.flash.kind === "success", message: t(lang, outcome.flash.key, outcome.flash.values), count }
    const cart = action && action.intent !== "add" ? await snapshotAfter(context, outcome, lang) : undefined
    return Response.json(cart ? { ...answer, count: cart.count, cart } : answer, { status, headers: { "cache-control": "no-store" } })
  }
  setFlash(context.cookies, context.url, outcome.flash)
  return context.redirect(outcome.to === "cart" ? paths.cart(lang) : paths.product(lang, outcome.to.product), 303)
}
