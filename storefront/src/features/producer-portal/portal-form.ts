import { z } from "astro/zod"
import { t, type Lang, type MessageKey } from "../../i18n/dictionaries"
import type { Flash } from "../../lib/flash"
import { formatNumber } from "../../lib/format"
import { emailChangeFrom, newPassword, passwordChange } from "../account/account-form"
import { email, normalisePhone } from "../checkout/checkout-form"
import { isProvinceSlug } from "../province/provinces"
import { readStampSerial } from "../verify/stamp-code"
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from "./photo-limits"

/**
 * A message key per field that failed, shown beside it; the rest of the form keeps what was typed.
 * `form` holds a problem with the form as a whole (a hidden field), shown above it.
 */
export type PortalFieldErrors = Partial<Record<string, MessageKey>>
/** The numbers that fill a field's message: the limits it breaks and, for text, the length typed. */
export type PortalErrorValues = Partial<Record<string, Flash["values"]>>
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: PortalFieldErrors; errorValues: PortalErrorValues; input: Record<string, string> }

const FORM_STALE = "errorFormStale" satisfies MessageKey

const password = z.string().min(1, { error: "errorRequired" }).max(200, { error: "errorMaxLength" })
const text = (max: number) => z.string().max(max, { error: "errorMaxLength" })
const requiredText = (max: number) => z.string().trim().min(1, { error: "errorRequired" }).max(max, { error: "errorMaxLength" })
/**
 * An id the page wrote into a hidden field. It only fails when the form was tampered with or comes
 * from a page older than the data, and the member has no field to correct: the form is refused whole.
 */
const hiddenId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9A-Z]{26}$`), { error: FORM_STALE })

/** A whole number typed on a phone: "175.000", "175 000" (any space, thin or no-break) and "175000" are the same amount of đồng. */
function wholeNumber(min: number, max: number, messages: { notWhole: MessageKey; outOfRange: MessageKey }, options: { currency?: boolean } = {}) {
  const params = { min, max }
  return z.string().transform((typed, ctx) => {
    // A price is often copied as the shop prints it: "35 000 ₫", "35.000đ", "35000 VND".
    const value = options.currency ? typed.trim().replace(/\s*(₫|đ|vnđ|vnd)$/iu, "") : typed.trim()
    // A minus sign in front of a number is a number below the range, not a typo.
    const negative = /^[-\u2212]\s*\d/.test(value)
    const unsigned = negative ? value.replace(/^[-\u2212]\s*/, "") : value
    // Separators only between groups of three digits: "2.5" is a typo, not 25.
    const grouped = /^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(unsigned)
    const digits = grouped ? unsigned.replace(/[.,\s\u00a0]/g, "") : unsigned
    if (!/^\d+$/.test(digits)) {
      ctx.addIssue({ code: "custom", message: messages.notWhole, params })
      return z.NEVER
    }
    const number = Number(digits)
    if (negative || number < min || number > max) {
      ctx.addIssue({ code: "custom", message: messages.outOfRange, params })
      return z.NEVER
    }
    return number
  })
}
const priceMessages = { notWhole: "errorPriceWholeNumber", outOfRange: "errorPriceRange" } as const
const quantityMessages = { notWhole: "errorQuantityWholeNumber", outOfRange: "errorQuantityRange" } as const

// Limits mirror commerce's validators (src/api/producer/*/validators.ts) so a refusal is explained beside the field.
const price = wholeNumber(1, 1_000_000_000, priceMessages, { currency: true })
const story = text(10_000)

const login = z.object({ email, password })
// 32 random bytes, base64url: exactly 43 characters (commerce's invite validators).
const inviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "portalInviteBadLink" })
const invite = z.object({
  token: inviteToken,
  name: requiredText(120),
  email,
  password: newPassword,
})
const productEditFields = z.object({
  product_id: hiddenId("prod"),
  title: requiredText(200),
  description: text(10_000),
  story_vi: story,
  story_en: story,
})
/** One pack (variant) in the edit form: fields `pack_<n>_id`, `pack_<n>_title`, `pack_<n>_price`. */
const packFields = (n: number) => ({
  [`pack_${n}_id`]: hiddenId("variant"),
  [`pack_${n}_title`]: requiredText(80),
  [`pack_${n}_price`]: price,
})
// Commerce accepts at most 50 pack changes in one edit.
const MAX_PACKS = 50
const productDraft = z.object({ title: requiredText(200), description: text(10_000), story_vi: story, story_en: story, price })
const stock = z.object({
  inventory_item_id: hiddenId("iitem"),
  sales_point_id: hiddenId("spt"),
  stocked_quantity: wholeNumber(0, 1_000_000, quantityMessages),
})
const lineStatus = z.object({
  line_id: hiddenId("olal"),
  // The status is a hidden field too: each button posts its own.
  status: z.enum(["prepared", "shipped", "ready_for_pickup", "delivered"], { error: FORM_STALE }),
})
const stampBatch = z.object({
  product_id: z.string().regex(/^prod_[0-9A-Z]{26}$/, { error: "errorChoice" }),
  quantity: wholeNumber(1, 100_000, quantityMessages),
  // GS1 AI (10) characters, as commerce checks (modules/stamp/gs1.ts); empty means no lot.
  lot: z.string().trim().regex(/^([A-Za-z0-9\-./_]{1,20})?$/, { error: "errorLot" }),
})

/** One stamp the producer voids: its serial as typed off the package, and why (commerce's limits). */
const stampVoid = z.object({
  serial: z.string().transform((typed, ctx) => {
    const serial = readStampSerial(typed)
    if (serial === null) ctx.addIssue({ code: "custom", message: "errorStampSerial" })
    return serial ?? z.NEVER
  }),
  reason: z.string().trim().min(3, { error: "errorReasonShort" }).max(1000, { error: "errorMaxLength" }),
})

/** The producer's public contact; a field left empty is cleared. The phone is judged as at checkout. */
const producerContact = z.object({
  phone: z.string().transform((value, ctx) => {
    if (value === "") return null
    const phone = normalisePhone(value)
    if (!phone) ctx.addIssue({ code: "custom", message: "errorPhone" })
    return phone
  }),
  email: z.union([z.literal("").transform(() => null), email]),
})

const productPhoto = z.object({
  product_id: hiddenId("prod"),
  image_id: hiddenId("img"),
})


export type PortalLogin = z.infer<typeof login>
export type InviteAcceptance = z.infer<typeof invite>
export type ProductEdit = z.infer<typeof productEditFields> & {
  packs: { id: string; title: string; price: number }[]
  /** Provinces ticked as the delivery area; none: delivered everywhere. */
  deliveryProvinces: string[]
}
export type ProductDraft = z.infer<typeof productDraft>
export type StockUpdate = z.infer<typeof stock>
export type LineStatusChange = z.infer<typeof lineStatus>
export type StampBatchRequest = z.infer<typeof stampBatch>
export type ProducerContactChange = z.infer<typeof producerContact>

const SECRET_FIELDS = new Set(["password", "current_password", "new_password", "new_password_repeat", "email_password"])

function read(form: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const name of names) {
    const value = form.get(name)
    // Stories and descriptions keep their line breaks; only the ends are trimmed.
    values[name] = typeof value === "string" ? (SECRET_FIELDS.has(name) ? value : value.replace(/\r\n/g, "\n").trim()) : ""
  }
  return values
}

/** The limits an issue names, for its message: a number's range, a text's maximum and the length typed. */
function limitsOf(issue: z.core.$ZodIssue, typed: string): Flash["values"] | undefined {
  if (issue.code === "too_big" && issue.origin === "string") return { max: Number(issue.maximum), length: typed.length }
  if (issue.code === "custom" && issue.params) return issue.params as Flash["values"]
  return undefined
}

function parse<T>(schema: z.ZodType<T, Record<string, string>>, form: FormData, names: readonly string[]): Parsed<T> {
  const input = read(form, names)
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors: PortalFieldErrors = {}
  const errorValues: PortalErrorValues = {}
  for (const issue of parsed.error.issues) {
    if (issue.message === FORM_STALE) {
      errors["form"] = FORM_STALE
      continue
    }
    const field = String(issue.path[0] ?? "form")
    if (errors[field]) continue
    const empty = input[field] === "" && !SECRET_FIELDS.has(field)
    errors[field] = empty ? "errorRequired" : (issue.message as MessageKey)
    const limits = empty ? undefined : limitsOf(issue, input[field] ?? "")
    if (limits) errorValues[field] = limits
  }
  // A password is never sent back into the page.
  const kept = Object.fromEntries(Object.entries(input).filter(([name]) => !SECRET_FIELDS.has(name)))
  return { ok: false, errors, errorValues, input: kept }
}

/** The text of a field's message, its numbers grouped as the page's language writes them (1.000 / 1,000). */
export function fieldMessage(lang: Lang, key: MessageKey, values: Flash["values"] = {}): string {
  const written = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "number" ? formatNumber(value, lang) : value]))
  return t(lang, key, written)
}

export const parsePortalLogin = (form: FormData) => parse(login, form, ["email", "password"])
/** Whether a link's code has the shape of an invite token, before commerce is asked about it. */
export const isInviteToken = (token: string) => inviteToken.safeParse(token).success
export const parseInviteAcceptance = (form: FormData) => parse(invite, form, ["token", "name", "email", "password"])
export const parsePasswordChange = (form: FormData) => parse(passwordChange, form, ["current_password", "new_password", "new_password_repeat"])
export const parseEmailChange = (form: FormData, currentEmail: string) => parse(emailChangeFrom(currentEmail), form, ["new_email", "email_password"])

/** The delivery-area checkboxes (`delivery_province`, one per ticked province). */
const DELIVERY_PROVINCE = "delivery_province"

/**
 * The product edit form: the product's fields, every pack listed in it with its name and price, and
 * the provinces ticked as its delivery area. A refused form keeps the ticks (comma-joined in `input`).
 */
export function parseProductEdit(form: FormData): Parsed<ProductEdit> {
  let packs = 0
  while (packs < MAX_PACKS && form.has(`pack_${packs}_id`)) packs++
  const indexes = Array.from({ length: packs }, (_, n) => n)
  const schema = productEditFields.extend(Object.assign({}, ...indexes.map(packFields)))
  const names = ["product_id", "title", "description", "story_vi", "story_en", ...indexes.flatMap((n) => [`pack_${n}_id`, `pack_${n}_title`, `pack_${n}_price`])]
  const ticked = form.getAll(DELIVERY_PROVINCE).map(String)
  const deliveryProvinces = [...new Set(ticked)]
  const parsed = parse(schema as unknown as z.ZodType<Record<string, string | number>, Record<string, string>>, form, names)
  const unknownProvince = deliveryProvinces.some((slug) => !isProvinceSlug(slug))
  if (!parsed.ok || unknownProvince) {
    const refused = parsed.ok ? { errors: {}, errorValues: {}, input: read(form, names) } : parsed
    const errors: PortalFieldErrors = unknownProvince ? { ...refused.errors, [DELIVERY_PROVINCE]: "errorChoice" } : refused.errors
    return { ok: false, errors, errorValues: refused.errorValues, input: { ...refused.input, [DELIVERY_PROVINCE]: deliveryProvinces.filter(isProvinceSlug).join(",") } }
  }
  const value = parsed.value
  return {
    ok: true,
    value: {
      product_id: String(value.product_id),
      title: String(value.title),
      description: String(value.description),
      story_vi: String(value.story_vi),
      story_en: String(value.story_en),
      packs: indexes.map((n) => ({ id: String(value[`pack_${n}_id`]), title: String(value[`pack_${n}_title`]), price: Number(value[`pack_${n}_price`]) })),
      deliveryProvinces,
    },
  }
}
export const parseProductDraft = (form: FormData) => parse(productDraft, form, ["title", "description", "story_vi", "story_en", "price"])
export const parseStockUpdate = (form: FormData) => parse(stock, form, ["inventory_item_id", "sales_point_id", "stocked_quantity"])
export const parseLineStatus = (form: FormData) => parse(lineStatus, form, ["line_id", "status"])
export const parseStampBatch = (form: FormData) => parse(stampBatch, form, ["product_id", "quantity", "lot"])
export const parseStampVoid = (form: FormData) => parse(stampVoid, form, ["serial", "reason"])
export const parseProducerContact = (form: FormData) => parse(producerContact, form, ["phone", "email"])
export const parseProductPhoto = (form: FormData) => parse(productPhoto, form, ["product_id", "image_id"])

/** A photo chosen for upload. Commerce decodes it to be sure; the declared type only catches the obvious (an iPhone's HEIC). */
export function parsePhotoUpload(form: FormData): Parsed<{ product_id: string; photo: File }> {
  const product = parse(productPhoto.pick({ product_id: true }), form, ["product_id"])
  if (!product.ok) return product
  const photo = form.get("photo")
  const refuse = (key: MessageKey): Parsed<never> => ({ ok: false, errors: { photo: key }, errorValues: {}, input: {} })
  if (!(photo instanceof File) || photo.size === 0) return refuse("errorRequired")
  if (photo.size > MAX_PHOTO_BYTES) return refuse("portalPhotoTooLarge")
  if (photo.type && !PHOTO_TYPES.has(photo.type)) return refuse("portalPhotoType")
  return { ok: true, value: { product_id: product.value.product_id, photo } }
}
