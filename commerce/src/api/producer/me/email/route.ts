import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerEmailChange } from "../../../../login/change-email"

/**
 * POST /producer/me/email — a signed-in member moves their login to a new address, giving their
 * current password; also while the producer is suspended, since it is the member's login and not
 * the producer's data. A shopping account on the same login follows. Every session opened before,
 * this one included, is signed out (the portal logs in again with the new address at once).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerEmailChange(req, res)
}
