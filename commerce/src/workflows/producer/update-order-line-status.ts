import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setOrderLineStatusStep, type SetOrderLineStatusInput } from "./steps/set-order-line-status"

/** A producer marks one of its order lines prepared, shipped, ready for pickup or delivered. */
export const updateOrderLineStatusWorkflow = createWorkflow("update-order-line-status", (input: SetOrderLineStatusInput) => {
  return new WorkflowResponse(setOrderLineStatusStep(input))
})
