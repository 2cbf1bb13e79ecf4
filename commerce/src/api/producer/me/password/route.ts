import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerPasswordChange } from "../../../../login/change-password"

/**
 * POST /producer/me/password — a signed-in member changes their own password, giving the current
 * one; also while the producer is suspended, since it is the member's login and not the producer's
 * data. Every session opened before, this one included, is signed out (the portal logs in again
 * with the new password at once).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerPasswordChange(req, res)
}
