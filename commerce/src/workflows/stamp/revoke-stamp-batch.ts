import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { STAMP_BATCH_REVOKED } from "./issue-stamp-batch"
import { revokeStampBatchStep } from "./steps/revoke-stamp-batch"

/** Revokes a lost or stolen batch: its stamps verify as "batch revoked" from the next scan on. */
export const revokeStampBatchWorkflow = createWorkflow("revoke-stamp-batch", (input: { batch_id: string; reason: string; actor: string }) => {
  const batch = revokeStampBatchStep(input)
  const event = transform({ batch, input }, ({ batch, input }) => ({ id: batch.id, reason: input.reason, actor: input.actor }))
  emitEventStep({ eventName: STAMP_BATCH_REVOKED, data: event })
  return new WorkflowResponse(batch)
})
