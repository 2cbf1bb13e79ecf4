import { z } from "astro/zod"
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { provinces } from "../province/provinces"

export const fulfilmentMethods = ["delivery", "pickup"] as const
export type FulfilmentMethod = (typeof fulfilmentMethods)[number]

/** Payment providers the storefront knows how to present (Medusa ids: pp_{provider}_{id}). */
export const paymentProviders = { cod: "pp_system_default", vietqr: "pp_vietqr_vietqr", card: "pp_stripe_stripe" } as const
const knownProviders: readonly string[] = Object.values(paymentProviders)

function vietnameseNumber(input: string) {
  const phone = parsePhoneNumberFromString(input.trim(), "VN")
  return phone?.country === "VN" && phone.isValid() ? phone : null
}

/**
 * A Vietnamese phone number as people type it (spaces, dots, dashes, 0 or +84 in front), in E.164,
 * judged by the same rule as commerce's checkout (libphonenumber's full metadata), so the form never
 * accepts a number the order would then refuse.
 */
export function normalisePhone(input: string): string | null {
  return vietnameseNumber(input)?.number ?? null
}

// 1800 and 1900 numbers are switchboards (toll-free, shared cost): a courier calling one reaches no one in particular.
const PERSONAL_NUMBER_TYPES = new Set(["MOBILE", "FIXED_LINE", "FIXED_LINE_OR_MOBILE"])

/** A number a person answers (a recipient's, a shopper's own), in E.164, or what is wrong with it. */
export function personalPhone(input: string): { phone: string } | { problem: "errorPhone" | "errorPhoneSwitchboard" } {
  const phone = vietnameseNumber(input)
  if (!phone) return { problem: "errorPhone" }
  const type = phone.getType()
  return type && PERSONAL_NUMBER_TYPES.has(type) ? { phone: phone.number } : { problem: "errorPhoneSwitchboard" }
}

/** Field problems, keyed by field name, as dictionary keys the form shows beside each field. */
export type FieldErrors = Partial<Record<string, "errorRequired" | "errorEmail" | "errorPhone" | "errorPhoneSwitchboard" | "errorProvince" | "errorWard" | "errorChoice" | "errorTooLong" | "errorPasswordShort" | "errorPasswordMismatch" | "errorPasswordWrong" | "errorPasswordSame" | "errorEmailTaken" | "errorEmailSame">>

/**
 * An email address as people type it, trimmed and lower-cased: one address is one person whatever
 * the letter case, at registration, login, password reset, the portal and checkout alike.
 */
/** The longest each checkout text may be: the form's maxlength, so nobody types what would be refused. */
export const CHECKOUT_FIELD_LIMITS = { email: 200, full_name: 100, ward: 120, street: 200 } as const

export const email = z.string().trim().toLowerCase().pipe(z.email({ error: "errorEmail" }).max(CHECKOUT_FIELD_LIMITS.email, { error: "errorTooLong" }))

const text = (max: number) => z.string().trim().max(max, { error: "errorTooLong" })
const provinceSlugs = new Set(provinces.map((province) => province.slug))

const details = z
  .object({
    email,
    full_name: text(CHECKOUT_FIELD_LIMITS.full_name).min(1, { error: "errorRequired" }),
    phone: z.string().transform((value, ctx) => {
      const read = personalPhone(value)
      if ("problem" in read) ctx.addIssue({ code: "custom", message: value.trim() ? read.problem : "errorRequired" })
      return "phone" in read ? read.phone : ""
    }),
    method: z.enum(fulfilmentMethods, { error: "errorChoice" }),
    province: z.string().refine((slug) => provinceSlugs.has(slug), { error: "errorProvince" }),
    ward: text(CHECKOUT_FIELD_LIMITS.ward),
    street: text(CHECKOUT_FIELD_LIMITS.street),
  })

export type CheckoutDetails = z.infer<typeof details>

/** The shopper's raw input, to show the form again exactly as it was typed. */
export type DetailsInput = Record<"email" | "full_name" | "phone" | "method" | "province" | "ward" | "street", string>

export function detailsInput(form: FormData): DetailsInput {
  const read = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value : ""
  }
  return { email: read("email"), full_name: read("full_name"), phone: read("phone"), method: read("method"), province: read("province"), ward: read("ward"), street: read("street") }
}

export function parseDetails(input: DetailsInput): { ok: true; details: CheckoutDetails } | { ok: false; errors: FieldErrors } {
  const parsed = details.safeParse(input)
  const errors: FieldErrors = {}
  // A parcel needs the ward/commune and the street; a pickup needs only who collects it. Checked
  // here rather than in a zod refinement, which would not run while other fields are wrong.
  if (input.method === "delivery") {
    if (!input.ward.trim()) errors["ward"] = "errorRequired"
    if (!input.street.trim()) errors["street"] = "errorRequired"
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, details: parsed.data }
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? "form")
    const key = (["errorRequired", "errorEmail", "errorPhone", "errorPhoneSwitchboard", "errorProvince", "errorChoice", "errorTooLong"] as const).find((candidate) => candidate === issue.message)
    // An empty required text is "required", whatever rule zod reports first.
    errors[field] ??= input[field as keyof DetailsInput] === "" && field !== "method" ? "errorRequired" : (key ?? "errorRequired")
  }
  return { ok: false, errors }
}

/** Which step a checkout form posted, with its one value; null for anything we did not send. */
export type CheckoutStep = { intent: "details" } | { intent: "shipping"; optionId: string } | { intent: "payment"; providerId: string } | { intent: "place" }

export function parseStep(form: FormData): CheckoutStep | null {
  const intent = form.get("intent")
  const value = (name: string) => {
    const raw = form.get(name)
    return typeof raw === "string" ? raw.trim() : ""
  }
  if (intent === "details" || intent === "place") return { intent }
  if (intent === "shipping" && /^so_[A-Za-z0-9]{1,64}$/.test(value("option_id"))) return { intent, optionId: value("option_id") }
  if (intent === "payment" && knownProviders.includes(value("provider_id"))) return { intent, providerId: value("provider_id") }
  return null
}
