import { z } from "astro/zod"
import { email, personalPhone, type FieldErrors } from "../checkout/checkout-form"

// Medusa's emailpass provider accepts any length; eight characters is our floor for a shop account.
export const newPassword = z.string().min(8, { error: "errorPasswordShort" }).max(200, { error: "errorTooLong" })

const login = z.object({
  email,
  password: z.string().min(1, { error: "errorRequired" }).max(200, { error: "errorTooLong" }),
})

const registration = z.object({
  email,
  password: newPassword,
  full_name: z.string().trim().min(1, { error: "errorRequired" }).max(100, { error: "errorTooLong" }),
  phone: z.string().transform((value, ctx) => {
    if (!value.trim()) return ""
    const read = personalPhone(value)
    if ("problem" in read) ctx.addIssue({ code: "custom", message: read.problem })
    return "phone" in read ? read.phone : ""
  }),
})

export type LoginInput = z.infer<typeof login>
export type RegistrationInput = z.infer<typeof registration>
export type AccountFieldErrors = FieldErrors

/** A form's text fields, trimmed, except passwords: a space typed in one is part of it. */
export function fields(form: FormData, names: string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const name of names) {
    const value = form.get(name)
    values[name] = typeof value === "string" ? (name.startsWith("password") ? value : value.trim()) : ""
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

export function parseLogin(form: FormData): { ok: true; value: LoginInput } | { ok: false; errors: AccountFieldErrors; input: Record<string, string> } {
  const input = fields(form, ["email", "password"])
  const parsed = login.safeParse(input)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error, input), input: { email: input["email"] ?? "" } }
}

export function parseRegistration(form: FormData): { ok: true; value: RegistrationInput } | { ok: false; errors: AccountFieldErrors; input: Record<string, string> } {
  const input = fields(form, ["email", "password", "full_name", "phone"])
  const parsed = registration.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  // The password is never sent back into the page.
  const { password: _password, ...kept } = input
  return { ok: false, errors: problems(parsed.error, input), input: kept }
}

/** Where to go after logging in: our own checkout, or one of the shopper's orders (by its id). */
export type NextStep = "checkout" | `order_${string}`

/** Only a step named as above, never a URL from the query (no open redirect). */
export function nextStep(value: string | null): NextStep | undefined {
  if (value === "checkout") return "checkout"
  return value && /^order_[A-Za-z0-9]{1,64}$/.test(value) ? (value as NextStep) : undefined
}
