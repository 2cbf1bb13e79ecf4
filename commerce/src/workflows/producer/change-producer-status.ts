import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyProducerStatusStep } from "./steps/notify-producer-status"
import { setProducerStatusStep, type ProducerStatusInput } from "./steps/set-producer-status"

/**
 * The programme office suspends a producer (with a reason) or reinstates it, and the producer is
 * told by email. Its products leave or return through the producer-changed subscriber.
 */
export const changeProducerStatusWorkflow = createWorkflow("change-producer-status", (input: ProducerStatusInput) => {
  const producer = setProducerStatusStep(input)
  notifyProducerStatusStep(transform({ producer }, ({ producer }) => ({ producer_id: producer.id, status: producer.status, status_reason: producer.status_reason, name: producer.name })))
  return new WorkflowResponse(producer)
})
