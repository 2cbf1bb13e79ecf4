import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../validation"
import { changePassword, passwordChange, TooManyWrongPasswords } from "../../../../../password-reset/change-password"

/**
 * POST /store/customers/me/password — a signed-in shopper changes their password, giving the
 * current one. Every session opened before, this one included, is signed out (the storefront logs
 * in again with the new password at once). Medusa's /store/customers/me middleware requires the
 * customer's login, and ours refuses a token from before the last change.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const change = parseInput(passwordChange, req.body ?? {}, "body")
  try {
    await changePassword(req.scope, req.auth_context.auth_identity_id, change)
  } catch (error) {
    if (!(error instanceof TooManyWrongPasswords)) throw error
    res.setHeader("Retry-After", String(error.retryAfterSeconds))
    res.status(429).json({ type: "rate_limited", message: error.message, retry_after: error.retryAfterSeconds })
    return
  }
  res.setHeader("Cache-Control", "no-store")
  res.json({ changed: true })
}
