import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface SendProducerInviteInput {
  invite_id: string
  email: string
  producer_name: string
  accept_url: string
  expires_at: Date
}

/** Emails the invite link. Not compensated: a sent message cannot be unsent, so it runs last. */
export const sendProducerInviteStep = createStep("send-producer-invite", async (input: SendProducerInviteInput, { container }) => {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: input.email,
    channel: "email",
    template: "producer-invite",
    data: { producer: input.producer_name, accept_url: input.accept_url, expires_at: input.expires_at },
    resource_id: input.invite_id,
    resource_type: "producer_invite",
  })
  return new StepResponse(undefined)
})
