import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setOrderLineStatusStep, type SetOrderLineStatusInput } from "./steps/set-order-line-status"

/** Emitted with `{ id, order_id, status }` once a producer has moved an order line; the buyer hears of shipped and ready-for-pickup lines. */
export const ORDER_LINE_STATUS_CHANGED = "ocop.order_line.status_changed"

/** A producer marks one of its order lines prepared, shipped, ready for pickup or delivered. */
export const updateOrderLineStatusWorkflow = createWorkflow("update-order-line-status", (input: SetOrderLineStatusInput) => {
  const line = setOrderLineStatusStep(input)
  emitEventStep({ eventName: ORDER_LINE_STATUS_CHANGED, data: line })
  return new WorkflowResponse(transform({ line }, ({ line }) => ({ id: line.id, status: line.status })))
})
