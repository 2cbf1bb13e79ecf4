import Medusa from "@medusajs/js-sdk"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import { cartVersion, changingCart, heldCart, holdCart } from "./held-carts"
import { StoreApiError } from "./store-api-error"
import { CART_FIELDS, ORDER_FIELDS } from "./store-fields"

export { StoreApiError }

/** Server-side Medusa client: the storefront talks to commerce only from the server. */
export const medusa = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
})

/**
 * Plain request to a store route, for answers whose body matters even when the status is not 2xx
 * (the js-sdk keeps only the message of error answers, e.g. of a 410 for a delisted product).
 */
export async function storeResponse(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(path, MEDUSA_BACKEND_URL), {
    headers: { accept: "application/json", "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY },
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

interface StoreCall {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | number | undefined>
  /** Sent as JSON, or as multipart when it is FormData (a file upload). */
  body?: unknown
  /** A customer's JWT: sent only for that customer's own request, never stored in a shared client. */
  token?: string | undefined
  /** Extra request headers, e.g. the shopper's address for a per-client limit. */
  headers?: Record<string, string>
}

/**
 * JSON request to commerce for carts, checkout, accounts and orders. Unlike the shared js-sdk client it
 * keeps no auth state between requests (one storefront process serves every shopper), and it
 * throws StoreApiError with Medusa's own message, which the pages show to the shopper.
 */
export async function storeCall<T>(path: string, call: StoreCall = {}): Promise<T> {
  const url = new URL(path, MEDUSA_BACKEND_URL)
  for (const [name, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value))
  const headers: Record<string, string> = { accept: "application/json", "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY }
  const multipart = call.body instanceof FormData
  if (call.body !== undefined && !multipart) headers["content-type"] = "application/json"
  if (call.token) headers["authorization"] = `Bearer ${call.token}`
  Object.assign(headers, call.headers)
  const init: RequestInit = { method: call.method ?? (call.body === undefined ? "GET" : "POST"), headers }
  if (call.body !== undefined) init.body = multipart ? (call.body as FormData) : JSON.stringify(call.body)
  const response = await fetch(url, init)
  const body = (await response.json().catch(() => null)) as (T & { message?: string; type?: string; code?: unknown; details?: unknown }) | null
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("retry-after"))
    const code = typeof body?.code === "string" ? body.code : null
    throw new StoreApiError(response.status, body?.message ?? `commerce answered ${response.status}`, body?.type ?? null, retryAfter > 0 ? retryAfter : null, code, body?.details ?? null)
  }
  return body as T
}

// ───────────── Carts ─────────────

export interface StoreAddress {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
}

export interface StoreLineItem {
  id: string
  title: string
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal: number
  total: number
  variant_id: string | null
  product_id: string | null
  product_handle: string | null
  product_title: string | null
}

export interface StoreShippingMethod {
  id: string
  name: string
  amount: number
  shipping_option_id: string | null
  data?: Record<string, unknown> | null
}

export interface StorePaymentSession {
  id: string
  provider_id: string
  status: string
  amount: number
  data: Record<string, unknown>
}

export interface StoreCart {
  id: string
  email: string | null
  region_id: string
  customer_id: string | null
  /** Whose cart it is: a registered customer's (has_account) or a guest's, who typed an email at checkout. */
  customer?: { has_account: boolean } | null
  completed_at: string | null
  currency_code: string
  items: StoreLineItem[]
  subtotal: number
  item_subtotal: number
  shipping_total: number
  total: number
  shipping_address: StoreAddress | null
  shipping_methods: StoreShippingMethod[]
  payment_collection: { id: string; amount: number; payment_sessions: StorePaymentSession[] } | null
  metadata: Record<string, unknown> | null
}


/**
 * A change to a cart (`cartId` null for a new one), asked with the fields of a read: the cart it
 * answers with (`parent` for a removed line) is held for the next reads (lib/held-carts.ts). A change
 * that fails may have been made in part, so then the next read asks commerce.
 */
async function changeCart(cartId: string | null, path: string, call: Omit<StoreCall, "query">): Promise<StoreCart> {
  const version = cartId ? changingCart(cartId) : 0
  try {
    const answer = await storeCall<{ cart?: StoreCart; parent?: StoreCart }>(path, { ...call, query: { fields: CART_FIELDS } })
    const cart = (answer.cart ?? answer.parent)!
    return holdCart(cart, cartId ? version : cartVersion(cart.id))
  } catch (error) {
    if (cartId) changingCart(cartId)
    throw error
  }
}

export interface StoreRegion {
  id: string
  name: string
  currency_code: string
  payment_providers?: { id: string }[]
}

let regionCache: { region: StoreRegion; at: number } | null = null

/** The VND region ("Việt Nam"), cached for a minute: every cart is created in it. */
export async function vietnamRegion(): Promise<StoreRegion> {
  if (regionCache && Date.now() - regionCache.at < 60_000) return regionCache.region
  const { regions } = await storeCall<{ regions: StoreRegion[] }>("/store/regions", { query: { fields: "id,name,currency_code,*payment_providers" } })
  const region = regions.find((candidate) => candidate.currency_code === "vnd")
  if (!region) throw new Error("commerce has no VND region")
  regionCache = { region, at: Date.now() }
  return region
}

/** A new cart, created with the shopper's first item in the same call (one checkout workflow, not two). */
export async function createCart(firstItem: { variantId: string; quantity: number }, token?: string): Promise<StoreCart> {
  const region = await vietnamRegion()
  return changeCart(null, "/store/carts", { body: { region_id: region.id, items: [{ variant_id: firstItem.variantId, quantity: firstItem.quantity }] }, token })
}

/** A cart by id, or null when it no longer exists (deleted, or an id from another database). */
export async function retrieveCart(id: string): Promise<StoreCart | null> {
  const held = heldCart(id)
  if (held) return held
  const version = cartVersion(id)
  try {
    const { cart } = await storeCall<{ cart: StoreCart }>(`/store/carts/${encodeURIComponent(id)}`, { query: { fields: CART_FIELDS } })
    return holdCart(cart, version)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

export async function addLineItem(cartId: string, variantId: string, quantity: number): Promise<StoreCart> {
  return changeCart(cartId, `/store/carts/${encodeURIComponent(cartId)}/line-items`, { body: { variant_id: variantId, quantity } })
}

export async function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<StoreCart> {
  return changeCart(cartId, `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, { body: { quantity } })
}

export async function removeLineItem(cartId: string, lineId: string): Promise<StoreCart> {
  return changeCart(cartId, `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, { method: "DELETE" })
}

export interface CartUpdate {
  email?: string
  shipping_address?: StoreAddress
  billing_address?: StoreAddress
  metadata?: Record<string, unknown>
}

export async function updateCart(cartId: string, update: CartUpdate): Promise<StoreCart> {
  return changeCart(cartId, `/store/carts/${encodeURIComponent(cartId)}`, { body: update })
}

/** The customer's open cart kept with their account (the one they last changed), or null. */
export async function openCustomerCart(token: string): Promise<{ id: string; items: { quantity: number }[] } | null> {
  const { cart } = await storeCall<{ cart: { id: string; items: { quantity: number }[] } | null }>("/store/customers/me/cart", { token })
  return cart
}

/** Hands a guest cart to the customer who just logged in, so the order lands in their history. */
export async function assignCartToCustomer(cartId: string, token: string): Promise<StoreCart> {
  return changeCart(cartId, `/store/carts/${encodeURIComponent(cartId)}/customer`, { body: {}, token })
}

// ───────────── Shipping and payment ─────────────

export interface StoreShippingOption {
  id: string
  name: string
  amount: number
  type?: { code: string; label: string; description?: string | null } | null
  insufficient_inventory?: boolean | undefined
  data?: Record<string, unknown> | null
  service_zone?: {
    fulfillment_set?: {
      type?: string
      location?: { id: string; name?: string; address?: StoreAddress & { address_2?: string | null } | null } | null
    } | null
  } | null
}

export async function listShippingOptions(cartId: string): Promise<StoreShippingOption[]> {
  const { shipping_options } = await storeCall<{ shipping_options: StoreShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId },
  })
  return shipping_options
}

/** Chooses a shipping option; `data` is kept on the cart's (then the order's) shipping method. */
export async function addShippingMethod(cartId: string, optionId: string, data: Record<string, string | null>): Promise<StoreCart> {
  return changeCart(cartId, `/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, { body: { option_id: optionId, data } })
}

export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await storeCall<{ payment_providers: { id: string }[] }>("/store/payment-providers", { query: { region_id: regionId } })
  return payment_providers.map((provider) => provider.id)
}

/** Starts (or replaces) the cart's payment session with one provider; VietQR puts its transfer details in `data`. */
export async function choosePaymentProvider(cart: StoreCart, providerId: string): Promise<void> {
  changingCart(cart.id)
  try {
    let collectionId = cart.payment_collection?.id
    if (!collectionId) {
      const { payment_collection } = await storeCall<{ payment_collection: { id: string } }>("/store/payment-collections", { body: { cart_id: cart.id } })
      collectionId = payment_collection.id
    }
    await storeCall(`/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`, { body: { provider_id: providerId } })
  } finally {
    // Neither call answers with the cart, whose payment collection they change: the next read asks.
    changingCart(cart.id)
  }
}

export type CompletionResult = { type: "order"; order: StoreOrder } | { type: "cart"; cart: StoreCart; error: { message: string; name?: string; type?: string } }

export async function completeCart(cartId: string): Promise<CompletionResult> {
  changingCart(cartId)
  try {
    return await storeCall<CompletionResult>(`/store/carts/${encodeURIComponent(cartId)}/complete`, { body: {} })
  } finally {
    changingCart(cartId)
  }
}

// ───────────── Orders ─────────────

export interface StorePayment {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  data: Record<string, unknown> | null
}

export interface StoreOrder {
  id: string
  display_id: number
  email: string | null
  status: string
  payment_status: string
  fulfillment_status: string
  customer_id: string | null
  created_at: string
  currency_code: string
  items: StoreLineItem[]
  item_subtotal: number
  subtotal: number
  shipping_total: number
  total: number
  shipping_address: StoreAddress | null
  shipping_methods: StoreShippingMethod[]
  payment_collections: { id: string; status: string; amount: number; payment_sessions?: StorePaymentSession[]; payments?: StorePayment[] }[]
  /** The cart the order came from; its id is the guest's key to the confirmation page. */
  cart?: { id: string } | null
  /** Medusa's running totals: what has been paid so far (captured), in VND. */
  summary?: { paid_total?: number } | null
}


/** An order by id; Medusa serves it without login, so the caller must check who may see it. */
export async function retrieveOrder(id: string): Promise<StoreOrder | null> {
  try {
    const { order } = await storeCall<{ order: StoreOrder }>(`/store/orders/${encodeURIComponent(id)}`, { query: { fields: ORDER_FIELDS } })
    return order
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/** What the buyer's order page needs about cancelling (commerce's `GET /store/ocop/orders/:id/cancel`). */
/** A step of an order line with its producer (commerce's order allocation). */
export type OrderLineStep = "placed" | "prepared" | "shipped" | "ready_for_pickup" | "delivered" | "canceled"

/** What the order page needs beyond Medusa's store order, which carries neither metadata nor our lines' steps. */
export interface OrderProgress {
  /** Each line's step, by Medusa line item id. */
  lines: { line_item_id: string; status: OrderLineStep; fulfilment: "delivery" | "pickup" }[]
  /** Not yet shipped or ready for pickup: the buyer may cancel now. */
  cancellable: boolean
  refusal: string | null
  /** Why a cancelled order was cancelled, when the buyer or the marketplace did it. */
  cancel_reason: string | null
  pickup_hold_days: number | null
  transfer_payment_hours: number | null
}

/** Where each line of the buyer's order stands, whether they may still cancel it, and why a cancelled one was cancelled. */
export async function orderProgress(orderId: string, key: string | null, token: string | undefined): Promise<OrderProgress> {
  return storeCall(`/store/ocop/orders/${encodeURIComponent(orderId)}/progress`, { query: { cart_id: key ?? undefined }, token })
}

/** The buyer cancels their order: a guest with the key of their order link, a customer with their login. */
export async function cancelOrder(orderId: string, key: string | null, token: string | undefined): Promise<void> {
  await storeCall(`/store/ocop/orders/${encodeURIComponent(orderId)}/cancel`, { body: key ? { cart_id: key } : {}, token })
}

/** One page of a customer's orders, newest first, and how many they have in all. */
export async function listCustomerOrders(token: string, page: { offset: number; limit: number }): Promise<{ orders: StoreOrder[]; count: number }> {
  const { orders, count } = await storeCall<{ orders: StoreOrder[]; count: number }>("/store/orders", {
    token,
    query: { fields: "id,display_id,status,created_at,total,currency_code,+payment_status,+fulfillment_status,items.id", order: "-created_at", offset: page.offset, limit: page.limit },
  })
  return { orders, count }
}

// ───────────── Customers ─────────────

/** An entry of a customer's address book (commerce adds each new delivery address after an order). */
export interface StoreCustomerAddress {
  id: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  address_1: string | null
  city: string | null
  province: string | null
  is_default_shipping: boolean
}

export interface StoreCustomer {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  addresses?: StoreCustomerAddress[]
}

/** Logs a customer in with email and password; the JWT goes into the shopper's httpOnly cookie only. */
export async function loginCustomer(email: string, password: string): Promise<string> {
  const { token } = await storeCall<{ token: string }>("/auth/customer/emailpass", { body: { email, password } })
  return token
}

/** Creates the login and the customer record, then logs in. */
export async function registerCustomer(input: { email: string; password: string; first_name: string; last_name?: string; phone?: string }): Promise<string> {
  const { token: registration } = await storeCall<{ token: string }>("/auth/customer/emailpass/register", { body: { email: input.email, password: input.password } })
  const customer: Record<string, string> = { email: input.email, first_name: input.first_name }
  if (input.last_name) customer["last_name"] = input.last_name
  if (input.phone) customer["phone"] = input.phone
  await storeCall("/store/customers", { body: customer, token: registration })
  return loginCustomer(input.email, input.password)
}

/** Saves the logged-in customer's name and phone (empty removes it); the name is kept whole in first_name, as at registration. */
export async function updateCustomerDetails(token: string, details: { full_name: string; phone: string }): Promise<StoreCustomer> {
  const { customer } = await storeCall<{ customer: StoreCustomer }>("/store/customers/me", {
    body: { first_name: details.full_name, last_name: null, phone: details.phone || null },
    token,
  })
  return customer
}

/**
 * Changes the logged-in customer's password. Commerce signs out every session opened before,
 * the one this token belongs to included: log in again with the new password.
 */
export async function changeCustomerPassword(token: string, change: { current_password: string; new_password: string }): Promise<void> {
  await storeCall("/store/customers/me/password", { body: change, token })
}

/** Moves the logged-in customer's login to a new address, given the current password; every earlier login, this one included, is signed out. */
export async function changeCustomerEmail(token: string, change: { email: string; current_password: string }): Promise<void> {
  await storeCall("/store/customers/me/email", { body: change, token })
}

/** Removes an address from the logged-in customer's book. */
export async function deleteCustomerAddress(token: string, addressId: string): Promise<void> {
  await storeCall(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, { method: "DELETE", token })
}

/** Whether commerce refuses this login (expired, or from before a password change); asks for the customer's id only. */
export async function customerSessionRefused(token: string): Promise<boolean> {
  try {
    await storeCall("/store/customers/me", { token, query: { fields: "id" } })
    return false
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 401 || error.status === 403 || error.status === 404)) return true
    throw error
  }
}

/** The logged-in customer, or null when the token has expired or is not valid. */
export async function currentCustomer(token: string): Promise<StoreCustomer | null> {
  try {
    const { customer } = await storeCall<{ customer: StoreCustomer }>("/store/customers/me", { token })
    return customer
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 401 || error.status === 403 || error.status === 404)) return null
    throw error
  }
}
