import { z } from "astro/zod"
import { email, personalPhone, type FieldErrors } from "../checkout/checkout-form"

// Medusa's emailpass provider accepts any length; eight characters is our floor for a shop account.
export const newPassword = z.string().min(8, { error: "errorPasswordShort" }).max(200, { error: "errorTooLong" })

const login = z.object({
  email,
  password: z.string().min(1, { error: "errorRequired" }).max(200, { error: "errorTooLong" }),
})

const fullName = z.string().trim().min(1, { error: "errorRequired" }).max(100, { error: "errorTooLong" })

/** A phone the shopper may leave out; given, a Vietnamese number a person answers, written +84…. */
const optionalPhone = z.string().transform((value, ctx) => {
  if (!value.trim()) return ""
  const read = personalPhone(value)
  if ("problem" in read) ctx.addIssue({ code: "custom", message: read.problem })
  return "phone" in read ? read.phone : ""
})

const registration = z.object({ email, password: newPassword, full_name: fullName, phone: optionalPhone })

const profile = z.object({ full_name: fullName, phone: optionalPhone })

/** A new password given with the current one and typed twice: the shop account's and the portal's. */
export const passwordChange = z
  .object({
    current_password: z.string().min(1, { error: "errorRequired" }).max(200, { error: "errorTooLong" }),
    new_password: newPassword,
    new_password_repeat: z.string(),
  })
  // Typed twice because nobody sees it: a slip would lock the person out.
  .refine((value) => value.new_password === value.new_password_repeat, { path: ["new_password_repeat"], error: "errorPasswordMismatch" })
  .refine((value) => value.new_password !== value.current_password, { path: ["new_password"], error: "errorPasswordSame" })

/**
 * A new login address, given with the current password (the field names keep it apart from the
 * password form's): the shop account's and the portal's. The address the login already has is
 * refused beside the field.
 */
export const emailChangeFrom = (currentEmail: string) =>
  z
    .object({
      new_email: email,
      email_password: z.string().min(1, { error: "errorRequired" }).max(200, { error: "errorTooLong" }),
    })
    .refine((change) => change.new_email !== currentEmail.toLowerCase(), { path: ["new_email"], error: "errorEmailSame" })

export type LoginInput = z.infer<typeof login>
export type RegistrationInput = z.infer<typeof registration>
export type ProfileInput = z.infer<typeof profile>
export type PasswordChangeInput = z.infer<typeof passwordChange>
export type EmailChangeInput = z.infer<ReturnType<typeof emailChangeFrom>>
type Parsed<T> = { ok: true; value: T } | { ok: false; errors: AccountFieldErrors; input: Record<string, string> }
export type AccountFieldErrors = FieldErrors

/** A form's text fields, trimmed, except passwords (current, new or repeated): a space typed in one is part of it. */
export function fields(form: FormData, names: string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const name of names) {
    const value = form.get(name)
    values[name] = typeof value === "string" ? (name.includes("password") ? value : value.trim()) : ""
  }
  return values
}

export function problems(error: z.ZodError, values: Record<string, string>): AccountFieldErrors {
  const errors: AccountFieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    errors[field] ??= values[field] === "" ? "errorRequired" : (issue.message as "errorEmail")
  }
  return errors
}

export function parseLogin(form: FormData): Parsed<LoginInput> {
  const input = fields(form, ["email", "password"])
  const parsed = login.safeParse(input)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error, input), input: { email: input["email"] ?? "" } }
}

export function parseRegistration(form: FormData): Parsed<RegistrationInput> {
  const input = fields(form, ["email", "password", "full_name", "phone"])
  const parsed = registration.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  // The password is never sent back into the page.
  const { password: _password, ...kept } = input
  return { ok: false, errors: problems(parsed.error, input), input: kept }
}

/** The account page's own details: the name orders are addressed to and a phone. */
export function parseProfile(form: FormData): Parsed<ProfileInput> {
  const input = fields(form, ["full_name", "phone"])
  const parsed = profile.safeParse(input)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error, input), input }
}

/** A new password, given with the current one and typed twice; no password is ever sent back into the page. */
export function parsePasswordChange(form: FormData): Parsed<PasswordChangeInput> {
  const input = fields(form, ["current_password", "new_password", "new_password_repeat"])
  const parsed = passwordChange.safeParse(input)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error, input), input: {} }
}

/** A new login address and the current password; only the address is ever sent back into the page. */
export function parseEmailChange(form: FormData, currentEmail: string): Parsed<EmailChangeInput> {
  const input = fields(form, ["new_email", "email_password"])
  const parsed = emailChangeFrom(currentEmail).safeParse(input)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error, input), input: { new_email: input["new_email"] ?? "" } }
}

/** Where to go after logging in: our own checkout, or one of the shopper's orders (by its id). */
export type NextStep = "checkout" | `order_${string}`

/** Only a step named as above, never a URL from the query (no open redirect). */
export function nextStep(value: string | null): NextStep | undefined {
  if (value === "checkout") return "checkout"
  return value && /^order_[A-Za-z0-9]{1,64}$/.test(value) ? (value as NextStep) : undefined
}
