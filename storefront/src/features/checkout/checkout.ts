import type { APIContext, AstroCookies } from "astro"
import { STRIPE_PUBLISHABLE_KEY } from "astro:env/server"
import type { MessageKey, Lang } from "../../i18n/dictionaries"
import { COOKIES } from "../../lib/cookies"
import { setFlash, takeFlash, type Flash } from "../../lib/flash"
import { readFormBody } from "../../lib/form-body"
import { formatPhone } from "../../lib/format"
import {
  addShippingMethod,
  choosePaymentProvider,
  completeCart,
  currentCustomer,
  StoreApiError,
  updateCart,
  vietnamRegion,
  type StoreCart,
} from "../../lib/medusa"
import { paths } from "../../lib/paths"
import { forgetCart, currentCart, loadCartView, rememberCart, type CartView } from "../cart/cart"
import { shippingOptionsFor } from "./shipping-options-cache"
import { listSalesPoints } from "../sales-point/sales-points"
import { detailsInput, fulfilmentMethods, parseDetails, parseStep, paymentProviders, type DetailsInput, type FulfilmentMethod } from "./checkout-form"
import { completionProblem, detailsRefusal, wardProblem } from "./refusals"
import { closestPickup, deliveryChoices, nearestFirst, pickupGroups, type DeliveryChoice, type PickupGroup } from "./options"
import { wardsOf } from "./wards"

type Context = Pick<APIContext, "request" | "cookies" | "url" | "redirect">

export interface CheckoutState {
  view: CartView
  method: FulfilmentMethod | null
  detailsDone: boolean
  shippingDone: boolean
  paymentDone: boolean
  chosenOptionId: string | null
  chosenProvider: string | null
  /** Stripe's key and the PaymentIntent secret, when the shopper pays by card (confirmed in the browser). */
  card: { publishableKey: string; clientSecret: string } | null
  delivery: DeliveryChoice[]
  pickup: PickupGroup[]
  /** With no point holding the whole cart: the one lacking the fewest products, and which. */
  closestPickup: { pointName: string; missing: CartView["lines"] } | null
  providers: string[]
  /** The details form as it was last saved, or as the shopper typed it when it was refused. */
  input: DetailsInput
  /** The official names of the wards and communes of the province in the form, offered under the ward field. */
  wards: string[]
  /** The message shown beside each refused field, as a dictionary key. */
  errors: Partial<Record<string, MessageKey>>
  /** The words that fill a field's message, for those that name something (the ward that absorbed the one typed). */
  errorValues: Partial<Record<string, Flash["values"]>>
  flash: Flash | null
}

type Overrides = Partial<Pick<CheckoutState, "input" | "errors" | "errorValues">>

function metadataString(cart: StoreCart, key: string): string | null {
  const value = cart.metadata?.[key]
  return typeof value === "string" ? value : null
}

function savedMethod(cart: StoreCart): FulfilmentMethod | null {
  const method = metadataString(cart, "fulfilment")
  return fulfilmentMethods.find((candidate) => candidate === method) ?? null
}

async function savedInput(cart: StoreCart, cookies: AstroCookies): Promise<DetailsInput> {
  const address = cart.shipping_address
  const method = savedMethod(cart)
  const input: DetailsInput = {
    email: cart.email ?? "",
    full_name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
    // Stored as +84…; shown as the shopper typed it: 0912 345 678.
    phone: formatPhone(address?.phone),
    method: method ?? "delivery",
    province: metadataString(cart, "province") ?? address?.province ?? "",
    // After a pickup point is chosen the address is the point's; the shopper's own stays blank.
    ward: method === "delivery" ? (address?.city ?? "") : "",
    street: method === "delivery" ? (address?.address_1 ?? "") : "",
  }
  const token = cookies.get(COOKIES.customer)?.value
  if (token && (!input.email || !input.full_name || (!method && !input.street))) {
    const customer = await currentCustomer(token)
    if (customer) {
      // Their default delivery address (kept by commerce after an earlier delivery), until they choose;
      // with the default removed from the address book, the first one left.
      const saved = method ? undefined : (customer.addresses?.find((entry) => entry.is_default_shipping) ?? customer.addresses?.[0])
      input.email ||= customer.email
      input.full_name ||= [saved?.first_name, saved?.last_name].filter(Boolean).join(" ") || [customer.first_name, customer.last_name].filter(Boolean).join(" ")
      input.phone ||= formatPhone(saved?.phone ?? customer.phone)
      if (saved) {
        input.province ||= saved.province ?? ""
        input.ward ||= saved.city ?? ""
        input.street ||= saved.address_1 ?? ""
      }
    }
  }
  return input
}

/** Everything the checkout page shows for this cart, and which steps are done. */
export async function loadCheckout(cart: StoreCart, cookies: AstroCookies, overrides: Overrides & { flash?: Flash | null } = {}): Promise<CheckoutState> {
  const method = savedMethod(cart)
  const detailsDone = Boolean(method && cart.email && cart.shipping_address?.phone && cart.shipping_address?.province)
  const [view, options, points, region] = await Promise.all([
    loadCartView(cart),
    detailsDone ? shippingOptionsFor(cart) : Promise.resolve([]),
    detailsDone && method === "pickup" ? listSalesPoints() : Promise.resolve([]),
    vietnamRegion(),
  ])
  const delivery = method === "delivery" ? deliveryChoices(options) : []
  const pickup = method === "pickup" ? nearestFirst(pickupGroups(options, points), metadataString(cart, "province")) : []
  const closest = method === "pickup" && detailsDone && pickup.length === 0 ? closestPickup(view.lines, points) : null
  const offered = new Set([...delivery.map((choice) => choice.id), ...pickup.flatMap((group) => group.points.map((point) => point.id))])
  const chosenOptionId = cart.shipping_methods?.find((shipping) => shipping.shipping_option_id && offered.has(shipping.shipping_option_id))?.shipping_option_id ?? null
  const session = cart.payment_collection?.payment_sessions?.[0] ?? null
  const known: string[] = Object.values(paymentProviders)
  // Card needs Stripe.js in the browser, hence the publishable key here as well as Stripe in commerce.
  const providers = (region.payment_providers ?? [])
    .map((provider) => provider.id)
    .filter((id) => known.includes(id) && (id !== paymentProviders.card || Boolean(STRIPE_PUBLISHABLE_KEY)))
  const clientSecret = session?.provider_id === paymentProviders.card ? session.data?.["client_secret"] : undefined
  const input = overrides.input ?? (await savedInput(cart, cookies))
  // Without the list the shopper can still type the ward; commerce checks it either way.
  const wards = input.province ? await wardsOf(input.province).catch(() => []) : []
  return {
    view,
    method,
    detailsDone,
    shippingDone: detailsDone && chosenOptionId !== null,
    paymentDone: detailsDone && chosenOptionId !== null && session !== null,
    chosenOptionId,
    chosenProvider: session?.provider_id ?? null,
    card: STRIPE_PUBLISHABLE_KEY && typeof clientSecret === "string" ? { publishableKey: STRIPE_PUBLISHABLE_KEY, clientSecret } : null,
    delivery,
    pickup,
    closestPickup: closest && { pointName: closest.point.name, missing: closest.missing },
    providers,
    input,
    wards: wards.map((ward) => ward.name),
    errors: overrides.errors ?? {},
    errorValues: overrides.errorValues ?? {},
    flash: overrides.flash === undefined ? takeFlash(cookies) : overrides.flash,
  }
}

export type CheckoutPage = { kind: "redirect"; response: Response } | { kind: "page"; state: CheckoutState; status: number }

/** GET: the checkout for the shopper's cart; an empty or missing cart sends them back to the cart page. */
export async function openCheckout(context: Context, lang: Lang): Promise<CheckoutPage> {
  const cart = await currentCart(context.cookies)
  if (!cart || cart.items.length === 0) return { kind: "redirect", response: context.redirect(paths.cart(lang), 303) }
  return { kind: "page", state: await loadCheckout(cart, context.cookies), status: 200 }
}

const problem = (key: MessageKey, values: Flash["values"] = {}): Flash => ({ kind: "error", key, values })

/**
 * POST: one checkout step (details, shipping, payment) or placing the order. A valid step answers
 * 303 back to the checkout (post/redirect/get); a refused one renders the page again with the
 * shopper's input and the reasons. The cart is never dropped on a refusal.
 */
export async function submitCheckout(context: Context, lang: Lang): Promise<CheckoutPage> {
  const cart = await currentCart(context.cookies)
  if (!cart || cart.items.length === 0) return { kind: "redirect", response: context.redirect(paths.cart(lang), 303) }
  const form = await readFormBody(context.request)
  const again = (anchor: string) => ({ kind: "redirect", response: context.redirect(`${paths.checkout(lang)}#${anchor}`, 303) }) as const
  // A message may depend on the cart as it now stands (a line whose product left the shop since the page was shown).
  const refuse = async (flash: Flash | ((view: CartView) => Flash), extra: Overrides = {}, status = 400): Promise<CheckoutPage> => {
    const fresh = (await currentCart(context.cookies)) ?? cart
    const state = await loadCheckout(fresh, context.cookies, { ...extra, flash: null })
    return { kind: "page", state: { ...state, flash: typeof flash === "function" ? flash(state.view) : flash }, status }
  }
  if (!form) return refuse(problem("formUnreadable"))
  const step = parseStep(form)
  if (!step) return refuse(problem("checkoutInvalid"))

  try {
    if (step.intent === "details") {
      const input = detailsInput(form)
      const parsed = parseDetails(input)
      if (!parsed.ok) return refuse(problem("checkoutFixFields"), { input, errors: parsed.errors })
      const { details } = parsed
      const contact = { first_name: details.full_name, phone: details.phone, country_code: "vn", province: details.province }
      const address = details.method === "delivery" ? { ...contact, city: details.ward, address_1: details.street } : contact
      try {
        await updateCart(cart.id, {
          email: details.email,
          shipping_address: address,
          billing_address: address,
          metadata: { ...cart.metadata, fulfilment: details.method, province: details.province },
        })
      } catch (error) {
        if (error instanceof StoreApiError && error.status === 400) {
          // A refused ward is explained once, beside its field, in the page's language (commerce's message has both).
          const ward = wardProblem(error)
          if (ward) return refuse(problem("checkoutFixFields"), { input, errors: { [ward.field]: ward.key }, errorValues: { [ward.field]: ward.values } })
          return refuse((view) => detailsRefusal(view.lines, error.message, lang), { input })
        }
        throw error
      }
      return again("giao-nhan")
    }

    const state = await loadCheckout(cart, context.cookies, { flash: null })
    if (state.view.blocked) return refuse(problem(state.view.fixInCart ? "cartBlockedSummary" : "checkoutOutsideAreaSummary"), {}, 409)

    if (step.intent === "shipping") {
      if (!state.detailsDone) return refuse(problem("checkoutIncomplete"))
      const delivery = state.delivery.find((choice) => choice.id === step.optionId)
      const point = state.pickup.flatMap((group) => group.points).find((choice) => choice.id === step.optionId)
      if (!delivery && !point) return refuse(problem("checkoutOptionGone"), {}, 409)
      if (point) {
        // The parcel waits at the point: its address becomes the order's, with who collects it.
        const address = { ...cart.shipping_address, country_code: "vn", province: point.provinceSlug, city: point.commune, address_1: point.street || point.name }
        await updateCart(cart.id, { shipping_address: address })
      }
      // The order page reads the English name and the pickup point from the method's data (the store order API exposes no option).
      const methodData = point ? { name_en: point.optionName.en, sales_point_handle: point.handle } : { name_en: delivery!.name.en }
      rememberCart(context.cookies, context.url, await addShippingMethod(cart.id, step.optionId, methodData))
      return again("thanh-toan")
    }

    if (step.intent === "payment") {
      if (!state.shippingDone) return refuse(problem("checkoutIncomplete"))
      if (!state.providers.includes(step.providerId)) return refuse(problem("checkoutInvalid"))
      await choosePaymentProvider(cart, step.providerId)
      return again("xac-nhan")
    }

    if (!state.paymentDone) return refuse(problem("checkoutIncomplete"))
    const result = await completeCart(cart.id)
    if (result.type === "order") {
      forgetCart(context.cookies)
      setFlash(context.cookies, context.url, { kind: "success", key: "orderPlaced", values: { number: result.order.display_id } })
      // The guest's key to the confirmation page is the id of the cart the order came from: only this
      // browser ever held it (httpOnly cookie), and a completed cart can no longer be changed.
      return { kind: "redirect", response: context.redirect(paths.order(lang, result.order.id, cart.id), 303) }
    }
    return refuse(completionProblem({ type: result.error?.type ?? null, code: null, details: null, message: result.error?.message ?? "" }), {}, 409)
  } catch (error) {
    if (error instanceof StoreApiError && error.status < 500) return refuse(completionProblem(error), {}, 409)
    console.error("checkout step failed", error)
    return refuse(problem("checkoutUnavailable"), {}, 503)
  }
}
