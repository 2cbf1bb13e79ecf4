import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export interface ProducerMemberEmailChange {
  producer_member_id: string
  new_email: string
}

/** A member's portal address follows their login's, so the producer's list of members shows the address they sign in with. */
export const setProducerMemberEmailStep = createStep(
  "set-producer-member-email",
  async (change: ProducerMemberEmailChange, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await producers.retrieveProducerMember(change.producer_member_id, { select: ["id", "email"] })
    await producers.updateProducerMembers({ id: change.producer_member_id, email: change.new_email })
    return new StepResponse(undefined, { id: before.id, email: before.email })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerMembers(before)
  }
)
