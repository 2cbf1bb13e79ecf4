import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/accept-producer-invite"
import { parseInput } from "../../../validation"
import { AcceptInviteBody } from "../validators"

/**
 * POST /producer/invites/accept — called with the registration token from
 * POST /auth/producer/emailpass/register: makes that new account a member of the inviting producer.
 * The person then logs in with POST /auth/producer/emailpass. Accepts with one login take turns:
 * a refused one removes a login that belongs to no one, which must not happen while another is
 * making it a member (two tabs with the same link).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(AcceptInviteBody, req.body ?? {}, "body")
  const authIdentityId = req.auth_context.auth_identity_id
  const member = await req.scope.resolve(Modules.LOCKING).execute(`producer-invite-login:${authIdentityId}`, async () => {
    const { result } = await acceptProducerInviteWorkflow(req.scope).run({ input: { ...body, auth_identity_id: authIdentityId } })
    return result
  })
  res.status(201).json({ member })
}
