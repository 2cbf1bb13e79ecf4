import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { hashInviteToken, inviteState } from "../../../../workflows/producer/steps/create-producer-invite"
import { parseInput } from "../../../validation"
import { InviteTokenParams } from "../validators"

/**
 * GET /producer/invites/:token — what an invite link is for, before the person creates an account:
 * which producer invites them, to which address, as what, until when, and whether the link still
 * works. The token is the credential (32 random bytes), so no login is asked; an unknown one is 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { token } = parseInput(InviteTokenParams, req.params, "path")
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [invite] = await producers.listProducerInvites({ token_hash: hashInviteToken(token) }, { relations: ["producer"] })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Lời mời không tồn tại. / This invite does not exist.")
  res.setHeader("Cache-Control", "no-store")
  res.json({
    invite: {
      producer: { name: invite.producer.name, handle: invite.producer.handle },
      email: invite.email,
      role: invite.role,
      expires_at: invite.expires_at,
      state: inviteState(invite),
    },
  })
}
