import type { APIContext } from "astro"
import { t, type Lang } from "../../i18n/dictionaries"
import { COOKIES, cookieOptions } from "../../lib/cookies"
import { setFlash, takeFlash, type Flash } from "../../lib/flash"
import { readFormBody } from "../../lib/form-body"
import { inLanguage } from "../../lib/commerce-message"
import { formatDate } from "../../lib/format"
import { StoreApiError } from "../../lib/medusa"
import { loginChangeRefusal } from "../account/login-change-refusal"
import { paths, type PortalSection } from "../../lib/paths"
import * as api from "./api"
import { expiringCertificates, linesToPrepare, lowStock, salesThisMonth, startOfVietnamMonth } from "./dashboard"
import { deliveryAreaFor } from "./delivery-area"
import {
  isInviteToken,
  parseInviteAcceptance,
  parseProducerContact,
  parseLineStatus,
  parseEmailChange,
  parsePasswordChange,
  parsePhotoUpload,
  parsePortalLogin,
  parseProductPhoto,
  parseProductDraft,
  parseProductEdit,
  parseStampBatch,
  parseStampVoid,
  parseStockUpdate,
  type Parsed,
  type PortalErrorValues,
  type PortalFieldErrors,
} from "./portal-form"
import type { InvitePreview, PortalMe } from "./types"

type Context = Pick<APIContext, "request" | "cookies" | "url" | "redirect">
// Medusa's JWT lives a day by default (projectConfig.http.jwtExpiresIn); the cookie does not outlive it.
const ONE_DAY = 60 * 60 * 24

export interface FormState {
  status: number
  flash: Flash | null
  errors: PortalFieldErrors
  /** The numbers that fill the fields' messages (the limits a value breaks), when they have any. */
  errorValues?: PortalErrorValues
  input: Record<string, string>
  /** Which form on the page the errors and kept input belong to (a product's id, "create", …). */
  form: string | null
}
export type Redirect = { kind: "redirect"; response: Response }
export type PortalPage<T> = Redirect | ({ kind: "page"; me: PortalMe; data: T } & FormState)
export type PublicPage = Redirect | ({ kind: "page" } & FormState)
export type InvitePage = Redirect | ({ kind: "page"; invite: InvitePreview | null } & FormState)

const fresh = (context: Context): FormState => ({ status: 200, flash: takeFlash(context.cookies), errors: {}, input: {}, form: null })

function redirect(context: Context, to: string, flash?: Flash): Redirect {
  if (flash) setFlash(context.cookies, context.url, flash)
  return { kind: "redirect", response: context.redirect(to, 303) }
}

function toLogin(context: Context, lang: Lang, expired: boolean): Redirect {
  context.cookies.delete(COOKIES.producer, { path: "/" })
  return redirect(context, paths.producerPortal(lang, "login"), expired ? { kind: "error", key: "sessionExpired", values: {} } : undefined)
}

async function member(context: Context, lang: Lang): Promise<Redirect | { kind: "member"; token: string; me: PortalMe }> {
  const token = context.cookies.get(COOKIES.producer)?.value
  if (!token) return toLogin(context, lang, false)
  const me = await api.currentMember(token)
  return me ? { kind: "member", token, me } : toLogin(context, lang, true)
}

function signIn(context: Context, token: string): void {
  context.cookies.set(COOKIES.producer, token, cookieOptions(context.url, ONE_DAY))
}

/** Commerce's refusal (a 400/403/404 with its reason), shown on the form it came from. */
function refusal(lang: Lang, error: unknown, form: string, input: Record<string, string>): FormState {
  if (!(error instanceof StoreApiError) || error.status >= 500) throw error
  return { status: error.status === 404 ? 404 : 400, flash: { kind: "error", key: "portalRefused", values: { detail: inLanguage(error.message, lang) } }, errors: {}, input, form }
}

/** A post whose body is not a form (readFormBody gave null). */
const unreadable = (form: string | null, input: Record<string, string> = {}): FormState => ({ status: 400, flash: { kind: "error", key: "formUnreadable", values: {} }, errors: {}, input, form })

/** A refused form: each field's problem beside it, and a problem with the form as a whole (a hidden field) above it. */
function invalid(parsed: Extract<Parsed<unknown>, { ok: false }>, form: string): FormState {
  const whole = parsed.errors["form"]
  return { status: 400, flash: whole ? { kind: "error", key: whole, values: {} } : null, errors: parsed.errors, errorValues: parsed.errorValues, input: parsed.input, form }
}

/**
 * One portal page: without a valid login the member is sent to log in; a form post runs `act`,
 * which either redirects back with a message (post/redirect/get) or re-renders with the problem.
 */
async function portalPage<T>(
  context: Context,
  lang: Lang,
  section: PortalSection,
  load: (token: string, me: PortalMe) => Promise<T>,
  act?: (token: string, form: FormData, me: PortalMe) => Promise<Flash | FormState>
): Promise<PortalPage<T>> {
  const session = await member(context, lang)
  if (session.kind === "redirect") return session
  let state = fresh(context)
  const form = context.request.method === "POST" && act ? await readFormBody(context.request) : undefined
  if (form === null) state = unreadable(null)
  else if (form && act) {
    try {
      const outcome = await act(session.token, form, session.me)
      if ("kind" in outcome) return redirect(context, paths.producerPortal(lang, section), outcome)
      state = outcome
    } catch (error) {
      if (error instanceof StoreApiError && error.status === 401) return toLogin(context, lang, true)
      throw error
    }
  }
  return { kind: "page", me: session.me, data: await load(session.token, session.me), ...state }
}

// ───────────── Log in, invite, log out ─────────────

export async function loginPage(context: Context, lang: Lang): Promise<PublicPage> {
  if (context.request.method !== "POST") return { kind: "page", ...fresh(context) }
  const form = await readFormBody(context.request)
  if (!form) return { kind: "page", ...unreadable("login") }
  const parsed = parsePortalLogin(form)
  if (!parsed.ok) return { kind: "page", ...invalid(parsed, "login") }
  const input = { email: parsed.value.email }
  const failed = (status: number, key: "portalLoginFailed" | "portalUnavailable"): PublicPage => ({ kind: "page", status, flash: { kind: "error", key, values: {} }, errors: {}, input, form: "login" })
  try {
    const token = await api.loginProducer(parsed.value.email, parsed.value.password)
    // A login that is not (or no longer) a member gets a token /producer/* refuses: not signed in.
    const me = await api.currentMember(token)
    if (!me) return failed(401, "portalLoginFailed")
    signIn(context, token)
    return redirect(context, paths.producerPortal(lang), { kind: "success", key: "portalLoggedIn", values: { name: me.member.name, producer: me.producer.name } })
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 401 || error.status === 400)) return failed(401, "portalLoginFailed")
    console.error("producer login failed", error)
    return failed(503, "portalUnavailable")
  }
}

/** Why an invite link cannot be used, said above the page before anyone types a password; null while it can. */
function closedInvite(invite: InvitePreview | null, lang: Lang): Flash | null {
  if (!invite) return { kind: "error", key: "portalInviteBadLink", values: {} }
  if (invite.state === "used") return { kind: "error", key: "portalInviteUsed", values: { producer: invite.producer.name } }
  if (invite.state === "expired") return { kind: "error", key: "portalInviteExpired", values: { producer: invite.producer.name, date: formatDate(invite.expires_at, lang) } }
  return null
}

export async function invitePage(context: Context, lang: Lang, token: string): Promise<InvitePage> {
  let invite: InvitePreview | null
  try {
    invite = isInviteToken(token) ? await api.previewInvite(token) : null
  } catch (error) {
    console.error("producer invite lookup failed", error)
    return { kind: "page", invite: null, status: 503, flash: { kind: "error", key: "portalUnavailable", values: {} }, errors: {}, input: {}, form: null }
  }
  const page = (state: FormState): InvitePage => ({ kind: "page", invite, ...state })
  const form = context.request.method === "POST" ? await readFormBody(context.request) : undefined
  if (form === null) return page(unreadable("invite", { token }))
  const closed = closedInvite(invite, lang)
  // Nothing is registered for a link that no longer works.
  if (closed) return page({ status: invite ? 410 : 404, flash: closed, errors: {}, input: {}, form: null })
  if (!form) return page({ ...fresh(context), input: { token, email: invite!.email } })
  form.set("token", token)
  const parsed = parseInviteAcceptance(form)
  if (!parsed.ok) return page(invalid(parsed, "invite"))
  const input = { token, name: parsed.value.name, email: parsed.value.email }
  try {
    const jwt = await api.acceptInvite(parsed.value)
    signIn(context, jwt)
    return redirect(context, paths.producerPortal(lang), { kind: "success", key: "portalInviteAccepted", values: { name: parsed.value.name } })
  } catch (error) {
    // The email already logs in (a shopper's account): only its own password makes it a member.
    if (error instanceof StoreApiError && error.status === 401) {
      return page({ status: 400, flash: { kind: "error", key: "portalInviteExistingLogin", values: {} }, errors: {}, input, form: "invite" })
    }
    if (error instanceof StoreApiError && error.status < 500) {
      return page({ status: 400, flash: { kind: "error", key: "portalInviteRefused", values: { detail: inLanguage(error.message, lang) } }, errors: {}, input, form: "invite" })
    }
    console.error("producer invite failed", error)
    return page({ status: 503, flash: { kind: "error", key: "portalUnavailable", values: {} }, errors: {}, input, form: "invite" })
  }
}

export function logout(context: Context, lang: Lang): Response {
  context.cookies.delete(COOKIES.producer, { path: "/" })
  return redirect(context, paths.producerPortal(lang, "login"), { kind: "success", key: "portalLoggedOut", values: {} }).response
}

// ───────────── Sections ─────────────

/** The dashboard's four figures, computed here from the member's own API answers. */
export function dashboardPage(context: Context, lang: Lang, now = new Date()) {
  return portalPage(context, lang, "dashboard", async (token) => {
    const [placed, recent, certificates, stock] = await Promise.all([
      api.listOrderLines(token, { status: "placed" }),
      api.listOrderLines(token, { since: startOfVietnamMonth(now) }),
      api.listCertificates(token),
      api.listStock(token),
    ])
    return { toPrepare: linesToPrepare(placed), sales: salesThisMonth(recent, now), expiring: expiringCertificates(certificates), low: lowStock(stock) }
  }, async (token, form, me): Promise<Flash | FormState> => {
    if (form.get("intent") === "password") return changePassword(context, lang, token, me, form)
    if (form.get("intent") === "email") return changeEmail(context, lang, token, me, form)
    const parsed = parseProducerContact(form)
    if (!parsed.ok) return invalid(parsed, "contact")
    try {
      await api.updateContact(token, parsed.value)
      return { kind: "success", key: "portalContactSaved", values: {} }
    } catch (error) {
      return refusal(lang, error, "contact", { phone: form.get("phone")?.toString() ?? "", email: form.get("email")?.toString() ?? "" })
    }
  })
}

/**
 * The member's own password, from the dashboard. Commerce signs every earlier session out, this
 * browser's included, so the member is logged in again here with the new password.
 */
async function changePassword(context: Context, lang: Lang, token: string, me: PortalMe, form: FormData): Promise<Flash | FormState> {
  const parsed = parsePasswordChange(form)
  if (!parsed.ok) return invalid(parsed, "password")
  try {
    await api.changeMemberPassword(token, { current_password: parsed.value.current_password, new_password: parsed.value.new_password })
  } catch (error) {
    return loginRefusal(lang, error, "password", {})
  }
  try {
    signIn(context, await api.loginProducer(me.member.email, parsed.value.new_password))
  } catch (error) {
    // The password did change, and the old login is gone with it: the member logs in with the new one.
    console.error("portal login after a password change failed", error)
    context.cookies.delete(COOKIES.producer, { path: "/" })
    return { kind: "success", key: "passwordChanged", values: {} }
  }
  return { kind: "success", key: "passwordChangedHere", values: {} }
}

/** Why commerce refused a change to the member's login: a wrong current password beside its field, a lockout above the form. */
function loginRefusal(lang: Lang, error: unknown, form: "password" | "email", input: Record<string, string>): FormState {
  const refused = loginChangeRefusal(error, form === "password" ? "current_password" : "email_password")
  return refused ? { ...refused, input, form } : refusal(lang, error, form, input)
}

/**
 * The member's login email, from the dashboard. Commerce signs every earlier session out, this
 * browser's included, so the member is logged in again here with the new address.
 */
async function changeEmail(context: Context, lang: Lang, token: string, me: PortalMe, form: FormData): Promise<Flash | FormState> {
  const parsed = parseEmailChange(form, me.member.email)
  if (!parsed.ok) return invalid(parsed, "email")
  const { new_email: newEmail, email_password: password } = parsed.value
  try {
    await api.changeMemberEmail(token, { email: newEmail, current_password: password })
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 409) return { status: 409, flash: null, errors: { new_email: "errorEmailTaken" }, input: { new_email: newEmail }, form: "email" }
    return loginRefusal(lang, error, "email", { new_email: newEmail })
  }
  try {
    signIn(context, await api.loginProducer(newEmail, password))
  } catch (error) {
    // The address did change, and the old login is gone with it: the member logs in with the new one.
    console.error("portal login after an email change failed", error)
    context.cookies.delete(COOKIES.producer, { path: "/" })
    return { kind: "success", key: "emailChanged", values: { email: newEmail } }
  }
  return { kind: "success", key: "emailChangedHere", values: { email: newEmail } }
}

export function productsPage(context: Context, lang: Lang) {
  return portalPage(context, lang, "products", (token) => api.listProducts(token), async (token, form): Promise<Flash | FormState> => {
    const intent = form.get("intent")
    if (intent === "publish" || intent === "withdraw") {
      const id = String(form.get("product_id") ?? "")
      try {
        const product = intent === "publish" ? await api.publishProduct(token, id) : await api.withdrawProduct(token, id)
        return { kind: "success", key: intent === "publish" ? "portalPublished" : "portalWithdrawn", values: { title: product.title } }
      } catch (error) {
        return refusal(lang, error, id, {})
      }
    }
    if (intent === "add-photo") {
      const formId = `${String(form.get("product_id") ?? "")}:photo`
      const parsed = parsePhotoUpload(form)
      if (!parsed.ok) return invalid(parsed, formId)
      try {
        const product = await api.addPhoto(token, parsed.value.product_id, parsed.value.photo)
        return { kind: "success", key: "portalPhotoAdded", values: { title: product.title } }
      } catch (error) {
        return refusal(lang, error, formId, {})
      }
    }
    if (intent === "main-photo" || intent === "remove-photo") {
      const parsed = parseProductPhoto(form)
      const formId = `${String(form.get("product_id") ?? "")}:photo`
      if (!parsed.ok) return invalid(parsed, formId)
      try {
        if (intent === "main-photo") await api.makeMainPhoto(token, parsed.value.product_id, parsed.value.image_id)
        else await api.removePhoto(token, parsed.value.product_id, parsed.value.image_id)
        return { kind: "success", key: intent === "main-photo" ? "portalPhotoMadeMain" : "portalPhotoRemoved", values: {} }
      } catch (error) {
        return refusal(lang, error, formId, {})
      }
    }
    if (intent === "create") {
      const parsed = parseProductDraft(form)
      if (!parsed.ok) return invalid(parsed, "create")
      try {
        const { description, story_vi, story_en, ...rest } = parsed.value
        const product = await api.createDraft(token, { ...rest, ...(description ? { description } : {}), ...(story_vi ? { story_vi } : {}), ...(story_en ? { story_en } : {}) })
        return { kind: "success", key: "portalCreated", values: { title: product.title } }
      } catch (error) {
        return refusal(lang, error, "create", { ...parsed.value, price: String(parsed.value.price) })
      }
    }
    const parsed = parseProductEdit(form)
    const formId = String(form.get("product_id") ?? "edit")
    if (!parsed.ok) return invalid(parsed, formId)
    const { product_id, title, description, story_vi, story_en, packs, deliveryProvinces } = parsed.value
    try {
      // Emptied fields are cleared, not left as they were.
      await api.updateProduct(token, product_id, {
        title,
        description: description || null,
        story_vi: story_vi || null,
        story_en: story_en || null,
        delivery_area: deliveryAreaFor(deliveryProvinces),
        ...(packs.length > 0 ? { packs } : {}),
      })
      return { kind: "success", key: "portalSaved", values: {} }
    } catch (error) {
      const typed = { product_id, title, description, story_vi, story_en, delivery_province: deliveryProvinces.join(","), ...Object.fromEntries(packs.flatMap((pack, n) => [[`pack_${n}_title`, pack.title], [`pack_${n}_price`, String(pack.price)]])) }
      return refusal(lang, error, formId, typed)
    }
  })
}

export function stockPage(context: Context, lang: Lang) {
  return portalPage(context, lang, "stock", (token) => api.listStock(token), async (token, form): Promise<Flash | FormState> => {
    const parsed = parseStockUpdate(form)
    const formId = `${String(form.get("inventory_item_id") ?? "")}:${String(form.get("sales_point_id") ?? "")}`
    if (!parsed.ok) return invalid(parsed, formId)
    try {
      await api.setStock(token, parsed.value)
      const row = (await api.listStock(token)).find((r) => r.inventory_item_id === parsed.value.inventory_item_id && r.sales_point_id === parsed.value.sales_point_id)
      return { kind: "success", key: "portalStockSaved", values: { product: row?.product_title ?? "", point: row?.sales_point_name ?? "", quantity: parsed.value.stocked_quantity } }
    } catch (error) {
      return refusal(lang, error, formId, { stocked_quantity: String(parsed.value.stocked_quantity) })
    }
  })
}

export function ordersPage(context: Context, lang: Lang) {
  return portalPage(context, lang, "orders", (token) => api.listOrderLines(token, { max: 200 }), async (token, form): Promise<Flash | FormState> => {
    const parsed = parseLineStatus(form)
    const formId = String(form.get("line_id") ?? "")
    if (!parsed.ok) return invalid(parsed, formId)
    try {
      await api.moveOrderLine(token, parsed.value.line_id, parsed.value.status)
      const number = String(form.get("display_id") ?? "")
      return { kind: "success", key: "portalLineMoved", values: { number, status: t(lang, `portalLineStatus_${parsed.value.status}`) } }
    } catch (error) {
      return refusal(lang, error, formId, {})
    }
  })
}

export function certificatesPage(context: Context, lang: Lang) {
  return portalPage(context, lang, "certificates", (token) => api.listCertificates(token))
}

export function stampsPage(context: Context, lang: Lang) {
  return portalPage(
    context,
    lang,
    "stamps",
    async (token) => {
      const [overview, products] = await Promise.all([api.stampOverview(token), api.listProducts(token)])
      return { ...overview, certified: products.filter((product) => product.certificate?.status === "active") }
    },
    async (token, form): Promise<Flash | FormState> => {
      if (form.get("intent") === "void") return voidStamp(lang, token, form)
      const parsed = parseStampBatch(form)
      if (!parsed.ok) return invalid(parsed, "issue")
      const { lot, ...rest } = parsed.value
      try {
        const batch = await api.issueStampBatch(token, { ...rest, ...(lot ? { lot } : {}) })
        return { kind: "success", key: "portalIssued", values: { quantity: batch.quantity, product: batch.product_title ?? "" } }
      } catch (error) {
        return refusal(lang, error, "issue", { product_id: parsed.value.product_id, quantity: String(parsed.value.quantity), lot })
      }
    }
  )
}

/**
 * Voids one of the producer's stamps, from the form under a copied stamp's line (which names its
 * serial, so its problems show there) or from the form where a serial is typed off a package.
 */
async function voidStamp(lang: Lang, token: string, form: FormData): Promise<Flash | FormState> {
  const formId = form.get("from") === "suspicious" ? `void:${String(form.get("serial") ?? "")}` : "void"
  const parsed = parseStampVoid(form)
  if (!parsed.ok) return invalid(parsed, formId)
  try {
    const stamp = await api.voidStamp(token, parsed.value.serial, parsed.value.reason)
    return { kind: "success", key: "portalVoided", values: { serial: stamp.serial } }
  } catch (error) {
    return refusal(lang, error, formId, { serial: String(form.get("serial") ?? ""), reason: parsed.value.reason })
  }
}

export type StampSheet = Redirect | { kind: "sheet"; response: Response } | { kind: "page"; me: PortalMe; status: 404 | 503; flash: Flash }

/**
 * A batch's PDF, passed through with the member's login so the browser never holds the JWT. A batch
 * that is not the producer's (commerce answers 404, as for one that does not exist) or commerce
 * failing becomes a portal page in the member's language, never commerce's own JSON.
 */
export async function stampSheet(context: Context, lang: Lang, batchId: string): Promise<StampSheet> {
  const session = await member(context, lang)
  if (session.kind === "redirect") return session
  const missing = { kind: "page", me: session.me, status: 404, flash: { kind: "error", key: "portalBatchNotFound", values: {} } } as const
  if (!/^stbt_[0-9A-Z]{26}$/.test(batchId)) return missing
  const upstream = await api.fetchStampSheet(session.token, batchId).catch((error: unknown) => {
    console.error("stamp sheet failed", error)
    return null
  })
  if (upstream?.status === 401) return toLogin(context, lang, true)
  if (upstream?.status === 404) return missing
  if (!upstream?.ok) {
    if (upstream) console.error("stamp sheet refused by commerce", upstream.status)
    await upstream?.body?.cancel()
    return { kind: "page", me: session.me, status: 503, flash: { kind: "error", key: "portalUnavailable", values: {} } }
  }
  const headers = new Headers({ "cache-control": "private, no-store" })
  for (const name of ["content-type", "content-disposition", "content-length"]) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return { kind: "sheet", response: new Response(upstream.body, { status: upstream.status, headers }) }
}

/** The rendered state of a section page, for its component's props. */
export type Loaded<F extends (context: Context, lang: Lang) => Promise<PortalPage<any>>> = Extract<Awaited<ReturnType<F>>, { kind: "page" }>
