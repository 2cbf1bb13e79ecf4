import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerEmailChange } from "../../../../../login/change-email"

/**
 * POST /store/customers/me/email — a signed-in shopper moves their account to a new email address,
 * giving their current password. Orders and receipts go to the new address from then on; both
 * addresses are told. Every session opened before, this one included, is signed out (the
 * storefront logs in again with the new address at once).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerEmailChange(req, res)
}
