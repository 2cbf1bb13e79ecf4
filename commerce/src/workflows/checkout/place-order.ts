import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { allocateOrderLinesStep } from "./steps/allocate-order-lines"

/**
 * Places the order for a cart: Medusa's cart completion (validation, order, stock reservation under
 * lock, payment authorisation), then each line's producer and fulfilling sales point. If the chosen
 * pickup point cannot hold the goods, the whole completion is rolled back and the payment voided.
 */
export const placeOrderWorkflow = createWorkflow("place-order", (input: { cart_id: string }) => {
  const completion = transform({ input }, ({ input }) => ({ id: input.cart_id }))
  const order = completeCartWorkflow.runAsStep({ input: completion })
  const allocation = transform({ order }, ({ order }) => ({ order_id: order.id }))
  allocateOrderLinesStep(allocation)
  return new WorkflowResponse(order)
})
