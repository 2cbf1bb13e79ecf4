import type { APIContext, AstroGlobal } from "astro"
import type { Lang } from "../../i18n/dictionaries"
import { setFlash, takeFlash, type Flash } from "../../lib/flash"
import { readFormBody } from "../../lib/form-body"
import { storeCall, StoreApiError } from "../../lib/medusa"
import { paths, type PasswordAccount } from "../../lib/paths"
import type { AccountFieldErrors } from "../account/account-form"
import { PRIVATE_CACHE_CONTROL } from "../cart/cart-page"
import { parseLinkRequest, parseNewPassword } from "./reset-form"

type Context = Pick<APIContext, "request" | "cookies" | "url" | "redirect" | "clientAddress"> & Pick<AstroGlobal, "response">

export interface ResetFormPage {
  kind: "form"
  status: number
  input: Record<string, string>
  errors: AccountFieldErrors
  flash: Flash | null
}
export type ResetAnswer = { kind: "redirect"; response: Response } | ResetFormPage

const form = (status: number, flash: Flash | null, input: Record<string, string> = {}, errors: AccountFieldErrors = {}): ResetFormPage => ({ kind: "form", status, input, errors, flash })
const unreadable = (input: Record<string, string> = {}) => form(400, { kind: "error", key: "formUnreadable", values: {} }, input)
const unavailable = (input: Record<string, string> = {}) => form(503, { kind: "error", key: "accountUnavailable", values: {} }, input)

function redirectWith(context: Context, to: string, flash: Flash): ResetAnswer {
  setFlash(context.cookies, context.url, flash)
  return { kind: "redirect", response: context.redirect(to, 303) }
}

/** A form page is personal; where the address holds the reset token, no Referer may carry it to another site. */
function personal(context: Context, answer: ResetAnswer, tokenInAddress: boolean): ResetAnswer {
  if (answer.kind === "redirect") return answer
  context.response.status = answer.status
  context.response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL)
  // Not "no-referrer": that makes the form post's Origin "null", which Astro refuses as cross-site.
  if (tokenInAddress) context.response.headers.set("Referrer-Policy", "same-origin")
  return answer
}

export const loginPage = (lang: Lang, account: PasswordAccount) => (account === "customer" ? paths.login(lang) : paths.producerPortal(lang, "login"))

/**
 * "Forgot password": commerce emails a link if the address has this kind of account, and answers
 * the same either way, so the page says "if … has an account". The shopper's address goes along so
 * commerce limits requests per person, not per storefront server.
 */
export async function linkRequestPage(context: Context, lang: Lang, account: PasswordAccount): Promise<ResetAnswer> {
  return personal(context, await requestLink(context, lang, account), false)
}

async function requestLink(context: Context, lang: Lang, account: PasswordAccount): Promise<ResetAnswer> {
  if (context.request.method !== "POST") return form(200, takeFlash(context.cookies))
  const body = await readFormBody(context.request)
  if (!body) return unreadable()
  const parsed = parseLinkRequest(body)
  if (!parsed.ok) return form(400, null, parsed.input, parsed.errors)
  const input = { email: parsed.value.email }
  try {
    await storeCall(`/auth/${account}/emailpass/reset-password`, {
      body: { identifier: parsed.value.email, metadata: { lang } },
      headers: { "x-forwarded-for": context.clientAddress },
    })
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 3600) / 60))
      return form(429, { kind: "error", key: "resetTooManyRequests", values: { minutes } }, input)
    }
    if (error instanceof StoreApiError && error.status === 400) return form(400, null, input, { email: "errorEmail" })
    console.error("password reset request failed", error)
    return unavailable(input)
  }
  return redirectWith(context, paths.forgotPassword(lang, account), { kind: "success", key: "resetLinkSent", values: { email: parsed.value.email } })
}

/**
 * The emailed link's page: the new password, typed twice. Medusa's token works once, for 15 minutes;
 * an expired or used one is explained, with the way to ask for another.
 */
export async function newPasswordPage(context: Context, lang: Lang, account: PasswordAccount): Promise<ResetAnswer> {
  return personal(context, await setNewPassword(context, lang, account), true)
}

async function setNewPassword(context: Context, lang: Lang, account: PasswordAccount): Promise<ResetAnswer> {
  if (context.request.method !== "POST") {
    const token = context.url.searchParams.get("token") ?? ""
    return token ? form(200, takeFlash(context.cookies), { token }) : form(400, { kind: "error", key: "resetLinkInvalid", values: {} })
  }
  const body = await readFormBody(context.request)
  if (!body) return unreadable()
  const parsed = parseNewPassword(body)
  if (!parsed.ok) {
    if (parsed.errors["token"]) return form(400, { kind: "error", key: "resetLinkInvalid", values: {} })
    return form(400, null, parsed.input, parsed.errors)
  }
  try {
    await storeCall(`/auth/${account}/emailpass/update`, { body: { password: parsed.value.password }, token: parsed.value.token })
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 401 || error.status === 400)) return form(400, { kind: "error", key: "resetLinkInvalid", values: {} })
    console.error("password update failed", error)
    return unavailable({ token: parsed.value.token })
  }
  return redirectWith(context, loginPage(lang, account), { kind: "success", key: "passwordChanged", values: {} })
}
