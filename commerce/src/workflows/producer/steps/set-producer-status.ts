import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerStatus } from "../../../modules/producer/service"

export interface ProducerStatusInput {
  producer_id: string
  status: ProducerStatus
  /** Required to suspend; a reinstatement clears it, whatever is passed. */
  reason?: string | null
}

/** Suspends or reinstates a producer; compensation puts back its status and reason. */
export const setProducerStatusStep = createStep(
  "set-producer-status",
  async (input: ProducerStatusInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [before] = await producers.listProducers({ id: input.producer_id }, { select: ["id", "status", "status_reason"] })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.producer_id} was not found`)
    if (before.status === input.status) throw new MedusaError(MedusaError.Types.CONFLICT, `Producer ${input.producer_id} is already ${input.status}`)
    const updated = await producers.updateProducers({ id: input.producer_id, status: input.status, status_reason: input.status === "suspended" ? (input.reason ?? null) : null })
    return new StepResponse(
      {
        id: updated.id,
        handle: updated.handle,
        name: updated.name,
        status: updated.status,
        status_reason: updated.status_reason,
        updated_at: new Date(updated.updated_at).toISOString(),
      },
      { id: before.id, status: before.status, status_reason: before.status_reason }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(before)
  }
)
