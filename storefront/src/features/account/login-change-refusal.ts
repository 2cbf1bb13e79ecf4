import type { Flash } from "../../lib/flash"
import { StoreApiError } from "../../lib/store-api-error"
import type { FieldErrors } from "../checkout/checkout-form"

/** How a refused change to a login (password or email) reads on its form. */
export interface LoginChangeRefusal {
  status: 400 | 429
  /** The message above the form; a wrong password has none of its own, the form says which field. */
  flash: Flash | null
  errors: FieldErrors
}

/**
 * Commerce's two refusals every login change shares: a wrong current password, shown beside the
 * form's own password field, and the lockout after too many, shown above the form with when to try
 * again. Null for any other refusal, which the form handles itself.
 */
export function loginChangeRefusal(error: unknown, passwordField: "current_password" | "email_password"): LoginChangeRefusal | null {
  if (!(error instanceof StoreApiError)) return null
  if (error.code === "wrong_current_password") return { status: 400, flash: null, errors: { [passwordField]: "errorPasswordWrong" } }
  if (error.status === 429) {
    return { status: 429, flash: { kind: "error", key: "passwordChangeLocked", values: { minutes: Math.ceil((error.retryAfter ?? 60) / 60) } }, errors: {} }
  }
  return null
}
