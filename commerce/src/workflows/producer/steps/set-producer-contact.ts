import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { producerContact } from "../../../modules/producer/contact"
import type ProducerModuleService from "../../../modules/producer/service"

/** What shoppers may use to reach a producer (to book a tourism service, to ask about a product); null clears it. */
export interface ProducerContactInput {
  producer_id: string
  phone?: string | null
  email?: string | null
}

export const setProducerContactStep = createStep(
  "set-producer-contact",
  async (input: ProducerContactInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await producers.retrieveProducer(input.producer_id, { select: ["id", "phone", "email"] })
    const change = { id: input.producer_id, ...(input.phone !== undefined ? { phone: input.phone } : {}), ...(input.email !== undefined ? { email: input.email } : {}) }
    const updated = await producers.updateProducers(change)
    return new StepResponse(producerContact(updated), { id: before.id, ...producerContact(before) })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(before)
  }
)
