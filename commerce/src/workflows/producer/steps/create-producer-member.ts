import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export interface CreateProducerMemberInput {
  invite_id: string
  producer_id: string
  email: string
  name: string
  role: "owner" | "staff"
}

/** Creates the member an accepted invite stands for and records it on the invite. */
export const createProducerMemberStep = createStep(
  "create-producer-member",
  async (input: CreateProducerMemberInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const member = await producers.createProducerMembers({ producer_id: input.producer_id, email: input.email, name: input.name, role: input.role })
    await producers.updateProducerInvites({ id: input.invite_id, member_id: member.id })
    return new StepResponse({ id: member.id, producer_id: input.producer_id, email: member.email, name: member.name, role: member.role }, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerMembers(memberId)
  }
)
