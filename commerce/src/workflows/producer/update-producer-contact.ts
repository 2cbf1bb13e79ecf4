import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProducerContactStep, type ProducerContactInput } from "./steps/set-producer-contact"

/** A producer's member sets the phone and email shown to shoppers on its products and its page. */
export const updateProducerContactWorkflow = createWorkflow("update-producer-contact", (input: ProducerContactInput) => {
  return new WorkflowResponse(setProducerContactStep(input))
})
