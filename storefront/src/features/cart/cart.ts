import type { AstroCookies } from "astro"
import { getProduct } from "../catalogue/catalogue"
import { COOKIES, cookieOptions } from "../../lib/cookies"
import { currentCustomer, retrieveCart, type StoreCart } from "../../lib/medusa"
import { deliveryAreaBlock, fixedInCart, inOrderAdded, lineBlock, unitCount, type LineBlock } from "./cart-rules"

const THIRTY_DAYS = 60 * 60 * 24 * 30

export interface CartLine {
  id: string
  handle: string | null
  title: { vi: string; en: string }
  thumbnail: string | null
  producer: { handle: string; name: string } | null
  unitPrice: number
  quantity: number
  subtotal: number
  /** The most units one sales point can supply (commerce reserves a line at one); null for a service that keeps no stock. */
  available: number | null
  /** Units at each sales point that carries it, by the point's handle. */
  stockAt: Record<string, number>
  block: LineBlock | null
}

export interface CartView {
  cart: StoreCart
  lines: CartLine[]
  count: number
  /** Some line cannot be bought as the cart stands: no order can be placed. */
  blocked: boolean
  /** Some line must be changed in the cart itself; a delivery-area block alone is fixed at checkout. */
  fixInCart: boolean
}

export function cartIdFrom(cookies: AstroCookies): string | null {
  const id = cookies.get(COOKIES.cart)?.value
  return id && /^cart_[A-Za-z0-9]{1,64}$/.test(id) ? id : null
}

/** Keeps the cart's id and its unit count (for the header) in the shopper's cookies. */
export function rememberCart(cookies: AstroCookies, url: URL, cart: { id: string; items: { quantity: number }[] | null }): void {
  cookies.set(COOKIES.cart, cart.id, cookieOptions(url, THIRTY_DAYS))
  cookies.set(COOKIES.cartCount, String(unitCount(cart)), cookieOptions(url, THIRTY_DAYS))
}

export function forgetCart(cookies: AstroCookies): void {
  cookies.delete(COOKIES.cart, { path: "/" })
  cookies.delete(COOKIES.cartCount, { path: "/" })
}

/**
 * A registered customer's cart holds their delivery address and places orders in their history, so
 * it is only used while they are signed in as that customer. After logging out, or once the login
 * was refused (expired, or signed out everywhere by a password reset), the browser no longer holds
 * it: the next person on a shared computer starts their own. A guest's cart needs only its cookie.
 */
async function heldByShopper(cart: StoreCart, cookies: AstroCookies): Promise<boolean> {
  if (!cart.customer?.has_account) return true
  const token = cookies.get(COOKIES.customer)?.value
  const customer = token ? await currentCustomer(token) : null
  if (token && !customer) cookies.delete(COOKIES.customer, { path: "/" })
  return customer?.id === cart.customer_id
}

/** The shopper's open cart, or null (none yet, completed, deleted, or no longer theirs: then the cookies go too). */
export async function currentCart(cookies: AstroCookies): Promise<StoreCart | null> {
  const id = cartIdFrom(cookies)
  if (!id) return null
  const cart = await retrieveCart(id)
  if (!cart || cart.completed_at || !(await heldByShopper(cart, cookies))) {
    forgetCart(cookies)
    return null
  }
  return cart
}

/**
 * The cart with what the shopper needs to decide: each line's producer, and whether it can still be
 * bought. The listing rule and stock are read now, so a certificate that lapsed since the line was
 * added blocks it here, before checkout refuses it.
 */
export async function loadCartView(cart: StoreCart): Promise<CartView> {
  // Chosen at checkout's first step (saved on the cart); until then no delivery area is judged.
  const deliveryProvince = cart.metadata?.["fulfilment"] === "delivery" ? (cart.shipping_address?.province ?? null) : null
  const lines = await Promise.all(
    inOrderAdded(cart.items ?? []).map(async (item): Promise<CartLine> => {
      const result = item.product_handle ? await getProduct(item.product_handle) : ({ kind: "missing" } as const)
      const base = {
        id: item.id,
        handle: item.product_handle,
        title: { vi: item.product_title ?? item.title, en: item.product_title ?? item.title },
        thumbnail: item.thumbnail,
        producer: null,
        unitPrice: item.unit_price,
        quantity: item.quantity,
        subtotal: item.subtotal ?? item.unit_price * item.quantity,
        available: null,
        stockAt: {},
      }
      if (result.kind === "sellable") {
        const { product } = result
        return {
          ...base,
          title: product.title,
          producer: { handle: product.producer.handle, name: product.producer.name },
          available: product.available,
          stockAt: Object.fromEntries(product.salesPoints.map((point) => [point.handle, point.available])),
          block: lineBlock(item.quantity, { kind: "sellable", available: product.available }) ?? deliveryAreaBlock(product.deliveryArea, deliveryProvince),
        }
      }
      if (result.kind === "delisted") {
        return {
          ...base,
          title: result.delisted.title,
          producer: result.delisted.producer,
          block: lineBlock(item.quantity, { kind: "delisted", reason: result.delisted.reason, date: result.delisted.certificate?.validUntil ?? null }),
        }
      }
      return { ...base, block: lineBlock(item.quantity, { kind: "missing" }) }
    })
  )
  return { cart, lines, count: unitCount(cart), blocked: lines.some((line) => line.block !== null), fixInCart: lines.some((line) => fixedInCart(line.block)) }
}
