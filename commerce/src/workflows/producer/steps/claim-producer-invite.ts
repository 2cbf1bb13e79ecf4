import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { hashInviteToken, inviteState } from "./create-producer-invite"

export interface ClaimProducerInviteInput {
  token: string
  auth_identity_id: string
}

/**
 * Checks that the token names an open, unexpired invite addressed to the email the person just
 * registered with, and marks it used. Compensation reopens it.
 */
export const claimProducerInviteStep = createStep(
  "claim-producer-invite",
  async (input: ClaimProducerInviteInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [invite] = await producers.listProducerInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Lời mời không tồn tại. / This invite does not exist.")
    const state = inviteState(invite)
    if (state === "used") throw new MedusaError(MedusaError.Types.CONFLICT, "Lời mời đã được sử dụng. / This invite has already been used.")
    if (state === "expired") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lời mời đã hết hạn, hãy xin lời mời mới. / This invite has expired; ask for a new one.")
    }
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
    if (identity.app_metadata?.producer_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Tài khoản này đã là thành viên của một chủ thể. / This account is already a producer member.")
    }
    const emails = (identity.provider_identities ?? []).map((p) => p.entity_id.toLowerCase())
    if (!emails.includes(invite.email.toLowerCase())) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lời mời được gửi cho một địa chỉ email khác. / This invite was sent to a different email address.")
    }
    if (!(await producers.claimProducerInvite(invite.id))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Lời mời đã được sử dụng. / This invite has already been used.")
    }
    return new StepResponse({ invite_id: invite.id, producer_id: invite.producer_id, email: invite.email, role: invite.role }, invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvites({ id: inviteId, accepted_at: null, member_id: null })
  }
)
