import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { claimProducerInviteStep } from "./steps/claim-producer-invite"
import { createProducerMemberStep } from "./steps/create-producer-member"
import { holdInviteeLoginStep } from "./steps/hold-invitee-login"

export interface AcceptProducerInviteInput {
  token: string
  name: string
  auth_identity_id: string
}

/**
 * Turns a freshly registered `producer` auth identity into a member of the inviting producer:
 * claim the invite, create the member, then point app_metadata.producer_id at it. Each step undoes
 * itself if a later one fails, so a failed accept leaves the invite usable and no login behind that
 * belongs to no one.
 */
export const acceptProducerInviteWorkflow = createWorkflow("accept-producer-invite", (input: AcceptProducerInviteInput) => {
  holdInviteeLoginStep(input)
  const invite = claimProducerInviteStep(input)
  const memberInput = transform({ invite, input }, ({ invite, input }) => ({
    invite_id: invite.invite_id,
    producer_id: invite.producer_id,
    email: invite.email,
    name: input.name,
    role: invite.role,
  }))
  const member = createProducerMemberStep(memberInput)
  const metadata = transform({ member, input }, ({ member, input }) => ({ authIdentityId: input.auth_identity_id, actorType: "producer", value: member.id }))
  setAuthAppMetadataStep(metadata)
  return new WorkflowResponse(member)
})
