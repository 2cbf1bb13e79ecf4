import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/accept-producer-invite"
import { parseInput } from "../../../validation"
import { AcceptInviteBody } from "../validators"

/**
 * POST /producer/invites/accept — called with the registration token from
 * POST /auth/producer/emailpass/register: makes that new account a member of the inviting producer.
 * The person then logs in with POST /auth/producer/emailpass.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(AcceptInviteBody, req.body ?? {}, "body")
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({ input: { ...body, auth_identity_id: req.auth_context.auth_identity_id } })
  res.status(201).json({ member: result })
}
