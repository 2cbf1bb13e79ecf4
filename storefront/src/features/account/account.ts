import type { APIContext } from "astro"
import type { Lang } from "../../i18n/dictionaries"
import { COOKIES, cookieOptions } from "../../lib/cookies"
import { setFlash, takeFlash, type Flash } from "../../lib/flash"
import { readFormBody } from "../../lib/form-body"
import { assignCartToCustomer, currentCustomer, deleteCustomerAddress, listCustomerOrders, loginCustomer, openCustomerCart, registerCustomer, StoreApiError, type StoreCustomer, type StoreOrder } from "../../lib/medusa"
import { inLanguage } from "../../lib/commerce-message"
import { paths } from "../../lib/paths"
import { cartIdFrom, forgetCart, rememberCart } from "../cart/cart"
import { nextStep, parseLogin, parseRegistration, type AccountFieldErrors, type NextStep } from "./account-form"

type Context = Pick<APIContext, "request" | "cookies" | "url" | "redirect">

// Medusa's customer JWT lives a day by default (projectConfig.http.jwtExpiresIn); the cookie does not outlive it.
const ONE_DAY = 60 * 60 * 24

export interface AccountFormPage {
  kind: "form"
  status: number
  input: Record<string, string>
  errors: AccountFieldErrors
  flash: Flash | null
  next: NextStep | undefined
}
export type AccountAnswer = { kind: "redirect"; response: Response } | AccountFormPage

/**
 * Logged in: the cookie keeps the token, and the shopper's guest cart becomes theirs (their order
 * lands in their history); without one in the browser, the cart they left open in their account
 * comes back.
 */
async function signIn(context: Context, token: string): Promise<void> {
  context.cookies.set(COOKIES.customer, token, cookieOptions(context.url, ONE_DAY))
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) {
    const kept = await openCustomerCart(token)
    if (kept) rememberCart(context.cookies, context.url, kept)
  } else {
    await assignCartToCustomer(cartId, token).catch((error: unknown) => {
      // A completed cart, or another account's (commerce refuses to hand it over), is not this
      // shopper's: they start their own, and logging in still succeeds.
      if (!(error instanceof StoreApiError)) throw error
      forgetCart(context.cookies)
    })
  }
}

function afterSignIn(context: Context, lang: Lang, next: NextStep | undefined, flash: Flash): AccountAnswer {
  setFlash(context.cookies, context.url, flash)
  const to = next === "checkout" ? paths.checkout(lang) : next ? paths.order(lang, next) : paths.account(lang)
  return { kind: "redirect", response: context.redirect(to, 303) }
}

// Said once above the form as well as beside each field, so a screen reader hears that the form was refused.
const fixFields: Flash = { kind: "error", key: "checkoutFixFields", values: {} }

const unreadable = (next: NextStep | undefined): AccountFormPage => ({ kind: "form", status: 400, input: {}, errors: {}, flash: { kind: "error", key: "formUnreadable", values: {} }, next })

export function openAccountForm(context: Context): AccountAnswer {
  const next = nextStep(context.url.searchParams.get("next"))
  return { kind: "form", status: 200, input: {}, errors: {}, flash: takeFlash(context.cookies), next }
}

export async function submitLogin(context: Context, lang: Lang): Promise<AccountAnswer> {
  const next = nextStep(context.url.searchParams.get("next"))
  const form = await readFormBody(context.request)
  if (!form) return unreadable(next)
  const parsed = parseLogin(form)
  if (!parsed.ok) return { kind: "form", status: 400, input: parsed.input, errors: parsed.errors, flash: fixFields, next }
  const input = { email: parsed.value.email }
  try {
    const token = await loginCustomer(parsed.value.email, parsed.value.password)
    const customer = await currentCustomer(token)
    if (!customer) return { kind: "form", status: 401, input, errors: {}, flash: { kind: "error", key: "loginFailed", values: {} }, next }
    await signIn(context, token)
    return afterSignIn(context, lang, next, { kind: "success", key: "loggedIn", values: { name: customer.first_name ?? customer.email } })
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 401 || error.status === 400)) {
      return { kind: "form", status: 401, input, errors: {}, flash: { kind: "error", key: "loginFailed", values: {} }, next }
    }
    console.error("login failed", error)
    return { kind: "form", status: 503, input, errors: {}, flash: { kind: "error", key: "accountUnavailable", values: {} }, next }
  }
}

export async function submitRegistration(context: Context, lang: Lang): Promise<AccountAnswer> {
  const next = nextStep(context.url.searchParams.get("next"))
  const form = await readFormBody(context.request)
  if (!form) return unreadable(next)
  const parsed = parseRegistration(form)
  if (!parsed.ok) return { kind: "form", status: 400, input: parsed.input, errors: parsed.errors, flash: fixFields, next }
  const { password: _password, ...input } = parsed.value
  try {
    const request: Parameters<typeof registerCustomer>[0] = { email: parsed.value.email, password: parsed.value.password, first_name: parsed.value.full_name }
    if (parsed.value.phone) request.phone = parsed.value.phone
    const token = await registerCustomer(request)
    await signIn(context, token)
    return afterSignIn(context, lang, next, { kind: "success", key: "registered", values: { name: parsed.value.full_name } })
  } catch (error) {
    if (error instanceof StoreApiError && /exist/i.test(error.message)) {
      return { kind: "form", status: 409, input, errors: {}, flash: { kind: "error", key: "registerExists", values: {} }, next }
    }
    if (error instanceof StoreApiError && error.status === 400) {
      return { kind: "form", status: 400, input, errors: {}, flash: { kind: "error", key: "checkoutRefused", values: { detail: inLanguage(error.message, lang) } }, next }
    }
    console.error("registration failed", error)
    return { kind: "form", status: 503, input, errors: {}, flash: { kind: "error", key: "accountUnavailable", values: {} }, next }
  }
}

export function logout(context: Context, lang: Lang): Response {
  context.cookies.delete(COOKIES.customer, { path: "/" })
  // The cart is the account's (logging in made it so): it stays with the account for their next
  // login, and the next person on this browser starts their own.
  forgetCart(context.cookies)
  setFlash(context.cookies, context.url, { kind: "success", key: "loggedOut", values: {} })
  // The log-in page says so (the home page, cached for everyone, shows no personal message).
  return context.redirect(paths.login(lang), 303)
}

export type AccountPage = { kind: "redirect"; response: Response } | { kind: "page"; customer: StoreCustomer; orders: StoreOrder[]; flash: Flash | null }

/**
 * The account page; without a valid login the shopper is sent to log in (an expired token is
 * dropped). Its one form removes an address from the book (post/redirect/get).
 */
export async function openAccount(context: Context, lang: Lang): Promise<AccountPage> {
  const token = context.cookies.get(COOKIES.customer)?.value
  const customer = token ? await currentCustomer(token) : null
  if (!token || !customer) {
    if (token) {
      context.cookies.delete(COOKIES.customer, { path: "/" })
      setFlash(context.cookies, context.url, { kind: "error", key: "sessionExpired", values: {} })
    }
    return { kind: "redirect", response: context.redirect(paths.login(lang), 303) }
  }
  if (context.request.method === "POST") {
    const form = await readFormBody(context.request)
    const addressId = form?.get("address_id")
    // Only an address of this customer's own book can be named; anything else is a stale or forged form.
    const known = typeof addressId === "string" && (customer.addresses ?? []).some((entry) => entry.id === addressId)
    if (known) await deleteCustomerAddress(token, addressId)
    setFlash(context.cookies, context.url, known ? { kind: "success", key: "addressDeleted", values: {} } : { kind: "error", key: "formUnreadable", values: {} })
    return { kind: "redirect", response: context.redirect(paths.account(lang), 303) }
  }
  return { kind: "page", customer, orders: await listCustomerOrders(token), flash: takeFlash(context.cookies) }
}
