import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerPasswordChange } from "../../../../../login/change-password"

/**
 * POST /store/customers/me/password — a signed-in shopper changes their password, giving the
 * current one. Every session opened before, this one included, is signed out (the storefront logs
 * in again with the new password at once). Medusa's /store/customers/me middleware requires the
 * customer's login, and ours refuses a token from before the last change.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerPasswordChange(req, res)
}
