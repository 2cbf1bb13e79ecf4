import type { APIContext } from "astro"
import type { Lang } from "../../i18n/dictionaries"
import { COOKIES, cookieOptions } from "../../lib/cookies"
import { setFlash, takeFlash, type Flash } from "../../lib/flash"
import { readFormBody } from "../../lib/form-body"
import { assignCartToCustomer, changeCustomerEmail, changeCustomerPassword, currentCustomer, deleteCustomerAddress, listCustomerOrders, loginCustomer, openCustomerCart, registerCustomer, StoreApiError, updateCustomerDetails, type StoreCustomer } from "../../lib/medusa"
import { inLanguage } from "../../lib/commerce-message"
import { paths } from "../../lib/paths"
import { cartIdFrom, forgetCart, rememberCart } from "../cart/cart"
import { fields, nextStep, parseEmailChange, parseLogin, parsePasswordChange, parseProfile, parseRegistration, type AccountFieldErrors, type NextStep } from "./account-form"
import { loginChangeRefusal } from "./login-change-refusal"
import { ORDERS_PER_PAGE, requestedOrdersPage, type OrderHistoryPage } from "./order-history"

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

/** What a refused account form shows again: the fields as typed (never a password) and what is wrong with them. */
export interface AccountFormState {
  input: Record<string, string>
  errors: AccountFieldErrors
}

export type AccountPage =
  | { kind: "redirect"; response: Response }
  | { kind: "page"; status: number; customer: StoreCustomer; orders: OrderHistoryPage; flash: Flash | null; profile: AccountFormState; password: AccountFormState; email: AccountFormState }


type PageForms = Pick<Extract<AccountPage, { kind: "page" }>, "status" | "flash" | "profile" | "password" | "email">

const untouched: AccountFormState = { input: {}, errors: {} }

/** The page's forms as they were, but for the one that was sent and refused. */
const refusedForm = (form: "profile" | "password" | "email", state: AccountFormState, answer: Pick<PageForms, "status" | "flash">): PageForms => ({
  profile: untouched,
  password: untouched,
  email: untouched,
  ...answer,
  [form]: state,
})

function backToAccount(context: Context, lang: Lang, flash: Flash): AccountPage {
  setFlash(context.cookies, context.url, flash)
  return { kind: "redirect", response: context.redirect(paths.account(lang), 303) }
}

/** Why commerce refused one of the account's own forms: the answer's status, the message above the form, and the field it names. */
function refusalOf(error: unknown, lang: Lang, passwordField: "current_password" | "email_password" = "current_password"): { status: number; flash: Flash; errors: AccountFieldErrors } {
  const loginRefusal = loginChangeRefusal(error, passwordField)
  if (loginRefusal) return { ...loginRefusal, flash: loginRefusal.flash ?? fixFields }
  if (error instanceof StoreApiError && error.status === 400) {
    return { status: 400, flash: { kind: "error", key: "checkoutRefused", values: { detail: inLanguage(error.message, lang) } }, errors: {} }
  }
  throw error
}

/** The name and phone form: saved, or shown again as typed with what is wrong. */
async function saveDetails(context: Context, lang: Lang, token: string, form: FormData): Promise<AccountPage | PageForms> {
  const parsed = parseProfile(form)
  if (!parsed.ok) return refusedForm("profile", { input: parsed.input, errors: parsed.errors }, { status: 400, flash: fixFields })
  try {
    await updateCustomerDetails(token, parsed.value)
  } catch (error) {
    const { errors, ...refusal } = refusalOf(error, lang)
    return refusedForm("profile", { input: fields(form, ["full_name", "phone"]), errors }, refusal)
  }
  return backToAccount(context, lang, { kind: "success", key: "profileSaved", values: {} })
}

/**
 * The password form. Commerce signs every earlier session out, this browser's included, so the
 * shopper is logged in again here with the new password and stays signed in.
 */
async function changePassword(context: Context, lang: Lang, token: string, email: string, form: FormData): Promise<AccountPage | PageForms> {
  const parsed = parsePasswordChange(form)
  if (!parsed.ok) return refusedForm("password", { input: {}, errors: parsed.errors }, { status: 400, flash: fixFields })
  try {
    await changeCustomerPassword(token, { current_password: parsed.value.current_password, new_password: parsed.value.new_password })
  } catch (error) {
    const { errors, ...refusal } = refusalOf(error, lang)
    return refusedForm("password", { input: {}, errors }, refusal)
  }
  try {
    context.cookies.set(COOKIES.customer, await loginCustomer(email, parsed.value.new_password), cookieOptions(context.url, ONE_DAY))
  } catch (error) {
    // The password did change, and the old login is gone with it: the shopper logs in with the new one.
    console.error("login after a password change failed", error)
    context.cookies.delete(COOKIES.customer, { path: "/" })
    setFlash(context.cookies, context.url, { kind: "success", key: "passwordChanged", values: {} })
    return { kind: "redirect", response: context.redirect(paths.login(lang), 303) }
  }
  return backToAccount(context, lang, { kind: "success", key: "passwordChangedHere", values: {} })
}

/**
 * The login email form. Commerce signs every earlier session out, this browser's included, so the
 * shopper is logged in again here with the new address and stays signed in.
 */
async function changeEmail(context: Context, lang: Lang, token: string, customer: StoreCustomer, form: FormData): Promise<AccountPage | PageForms> {
  const parsed = parseEmailChange(form, customer.email)
  if (!parsed.ok) return refusedForm("email", { input: parsed.input, errors: parsed.errors }, { status: 400, flash: fixFields })
  const { new_email: newEmail, email_password: password } = parsed.value
  try {
    await changeCustomerEmail(token, { email: newEmail, current_password: password })
  } catch (error) {
    const input = { new_email: newEmail }
    if (error instanceof StoreApiError && error.status === 409) return refusedForm("email", { input, errors: { new_email: "errorEmailTaken" } }, { status: 409, flash: fixFields })
    const { errors, ...refusal } = refusalOf(error, lang, "email_password")
    return refusedForm("email", { input, errors }, refusal)
  }
  try {
    context.cookies.set(COOKIES.customer, await loginCustomer(newEmail, password), cookieOptions(context.url, ONE_DAY))
  } catch (error) {
    // The address did change, and the old login is gone with it: the shopper logs in with the new one.
    console.error("login after an email change failed", error)
    context.cookies.delete(COOKIES.customer, { path: "/" })
    setFlash(context.cookies, context.url, { kind: "success", key: "emailChanged", values: { email: newEmail } })
    return { kind: "redirect", response: context.redirect(paths.login(lang), 303) }
  }
  return backToAccount(context, lang, { kind: "success", key: "emailChangedHere", values: { email: newEmail } })
}

/** Removes an address of the customer's own book; any other id is a stale or forged form. */
async function removeAddress(context: Context, lang: Lang, token: string, customer: StoreCustomer, form: FormData): Promise<AccountPage> {
  const addressId = form.get("address_id")
  const known = typeof addressId === "string" && (customer.addresses ?? []).some((entry) => entry.id === addressId)
  if (known) await deleteCustomerAddress(token, addressId)
  return backToAccount(context, lang, known ? { kind: "success", key: "addressDeleted", values: {} } : { kind: "error", key: "formUnreadable", values: {} })
}

/** The account page's form named by its `intent`, or null for a form this page does not have. */
async function answerForm(context: Context, lang: Lang, token: string, customer: StoreCustomer, form: FormData): Promise<AccountPage | PageForms | null> {
  switch (form.get("intent")) {
    case "details":
      return saveDetails(context, lang, token, form)
    case "password":
      return changePassword(context, lang, token, customer.email, form)
    case "email":
      return changeEmail(context, lang, token, customer, form)
    case "remove-address":
      return removeAddress(context, lang, token, customer, form)
    default:
      return null
  }
}

/**
 * The account page; without a valid login the shopper is sent to log in (an expired token is
 * dropped). Its forms save the shopper's details, change the password or the login email, and remove
 * an address from the book (post/redirect/get; a refused form is shown again with what is wrong).
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
  const ordersPage = requestedOrdersPage(context.url)
  if (ordersPage === null) return { kind: "redirect", response: context.redirect(paths.account(lang), 301) }
  let forms: PageForms = { status: 200, flash: null, profile: untouched, password: untouched, email: untouched }
  if (context.request.method === "POST") {
    const form = await readFormBody(context.request)
    const answer = form ? await answerForm(context, lang, token, customer, form) : null
    if (!answer) return backToAccount(context, lang, { kind: "error", key: "formUnreadable", values: {} })
    if ("kind" in answer) return answer
    forms = answer
  }
  const { orders, count } = await listCustomerOrders(token, { offset: (ordersPage - 1) * ORDERS_PER_PAGE, limit: ORDERS_PER_PAGE })
  const pages = Math.max(1, Math.ceil(count / ORDERS_PER_PAGE))
  // A page past the end (a bookmark from when there were more orders, or typed by hand) shows the last one.
  if (ordersPage > pages && context.request.method === "GET") return { kind: "redirect", response: context.redirect(paths.account(lang, pages), 303) }
  return { kind: "page", customer, orders: { orders, count, page: ordersPage, pages }, ...forms, flash: forms.flash ?? takeFlash(context.cookies) }
}
