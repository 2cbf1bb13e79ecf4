import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStampBatchStep } from "./steps/create-stamp-batch"
import { resolveStampProductStep } from "./steps/resolve-stamp-product"
import { writeStampsStep } from "./steps/write-stamps"

export interface IssueStampBatchInput {
  product_id: string
  quantity: number
  lot?: string | null
  production_date?: string | null
  expiry_date?: string | null
  /** Who issued it: the admin user's id. */
  actor: string
}

export const STAMP_BATCH_ISSUED = "stamp-batch.issued"
export const STAMP_BATCH_REVOKED = "stamp-batch.revoked"

/** Issues a batch of stamps for one product under its certificate in force. */
export const issueStampBatchWorkflow = createWorkflow("issue-stamp-batch", (input: IssueStampBatchInput) => {
  const product = resolveStampProductStep({ product_id: input.product_id, lot: input.lot })
  const fields = transform({ input, product }, ({ input, product }) => ({
    ...product,
    quantity: input.quantity,
    lot: input.lot ?? null,
    production_date: input.production_date ?? null,
    expiry_date: input.expiry_date ?? null,
    issued_by: input.actor,
  }))
  const batch = createStampBatchStep(fields)
  const write = transform({ batch, input }, ({ batch, input }) => ({ batch_id: batch.id, quantity: input.quantity }))
  writeStampsStep(write)
  const event = transform({ batch }, ({ batch }) => ({ id: batch.id, product_id: batch.product_id, quantity: batch.quantity }))
  emitEventStep({ eventName: STAMP_BATCH_ISSUED, data: event })
  return new WorkflowResponse(batch)
})
