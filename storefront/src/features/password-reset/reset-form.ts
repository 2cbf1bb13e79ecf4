import { z } from "astro/zod"
import { fields, newPassword, problems, type AccountFieldErrors } from "../account/account-form"
import { email } from "../checkout/checkout-form"

export type ResetFormResult<T> = { ok: true; value: T } | { ok: false; errors: AccountFieldErrors; input: Record<string, string> }

const linkRequest = z.object({ email })

const newPasswordChoice = z
  .object({
    token: z.string().min(1).max(4096),
    password: newPassword,
    password_repeat: z.string(),
  })
  // Typed twice because nobody sees it: a slip would lock the person out again.
  .refine((value) => value.password === value.password_repeat, { path: ["password_repeat"], error: "errorPasswordMismatch" })

/** The "forgot password" form: the account's email. */
export function parseLinkRequest(form: FormData): ResetFormResult<{ email: string }> {
  const input = fields(form, ["email"])
  const parsed = linkRequest.safeParse(input)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: problems(parsed.error, input), input }
}

/** The new-password form: the emailed token (a hidden field) and the password, typed twice. */
export function parseNewPassword(form: FormData): ResetFormResult<{ token: string; password: string }> {
  const input = fields(form, ["token", "password", "password_repeat"])
  const parsed = newPasswordChoice.safeParse(input)
  if (parsed.success) return { ok: true, value: { token: parsed.data.token, password: parsed.data.password } }
  // Passwords are never sent back into the page; the token is, so the form can be sent again.
  return { ok: false, errors: problems(parsed.error, input), input: { token: input["token"] ?? "" } }
}
