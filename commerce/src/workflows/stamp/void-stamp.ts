import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { voidStampStep, type VoidStampInput } from "./steps/void-stamp"

export const STAMP_VOIDED = "stamp.voided"

/** Voids one stamp (copied, misprinted, torn off): it verifies as voided from the next scan on, the rest of its batch stays good. */
export const voidStampWorkflow = createWorkflow("void-stamp", (input: VoidStampInput) => {
  const stamp = voidStampStep(input)
  const event = transform({ stamp, input }, ({ stamp, input }) => ({ id: stamp.id, batch_id: stamp.batch_id, reason: input.reason, actor: input.actor }))
  emitEventStep({ eventName: STAMP_VOIDED, data: event })
  return new WorkflowResponse(stamp)
})
