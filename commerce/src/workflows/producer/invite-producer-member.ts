import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerInviteStep, type CreateProducerInviteInput } from "./steps/create-producer-invite"
import { sendProducerInviteStep } from "./steps/send-producer-invite"

export interface InviteProducerMemberInput extends CreateProducerInviteInput {
  /** The storefront's base URL; the invitee opens `${storefront_url}/producer/moi/<token>`. */
  storefront_url: string
}

/** Invites a person to a producer's portal: a single-use token valid 7 days, sent by email. */
export const inviteProducerMemberWorkflow = createWorkflow("invite-producer-member", (input: InviteProducerMemberInput) => {
  const created = createProducerInviteStep(input)
  const email = transform({ created, input }, ({ created, input }) => ({
    invite_id: created.invite.id,
    email: created.invite.email,
    producer_name: created.producer_name,
    accept_url: `${input.storefront_url.replace(/\/$/, "")}/producer/moi/${created.token}`,
    expires_at: created.invite.expires_at,
  }))
  sendProducerInviteStep(email)
  const result = transform({ created, email }, ({ created, email }) => ({ invite: created.invite, accept_url: email.accept_url }))
  return new WorkflowResponse(result)
})
