import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_STATUS_CHANGED, type ProducerStatusChangedData } from "./events"
import { setProducerStatusStep, type ProducerStatusInput } from "./steps/set-producer-status"

/**
 * The programme office suspends a producer (with a reason) or reinstates it. Its products leave or
 * return through the producer-changed subscriber; the producer is told by email from the
 * producer-status-changed subscriber, so a failed send never undoes the office's decision.
 */
export const changeProducerStatusWorkflow = createWorkflow("change-producer-status", (input: ProducerStatusInput) => {
  const producer = setProducerStatusStep(input)
  emitEventStep({
    eventName: PRODUCER_STATUS_CHANGED,
    data: transform({ producer }, ({ producer }): ProducerStatusChangedData => ({
      id: producer.id,
      status: producer.status,
      reason: producer.status_reason,
      changed_at: producer.updated_at,
    })),
  })
  return new WorkflowResponse(producer)
})
