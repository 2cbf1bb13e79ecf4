import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ALLOCATION_MODULE } from "../../../modules/order-allocation"
import type OrderAllocationModuleService from "../../../modules/order-allocation/service"

export type OrderLineStatus = "placed" | "prepared" | "shipped" | "ready_for_pickup" | "delivered" | "canceled"

/** A delivery line is shipped, a pickup line waits at its sales point; both end delivered. */
export function allowedNextStatus(from: OrderLineStatus, fulfilment: "delivery" | "pickup"): OrderLineStatus[] {
  if (from === "placed") return ["prepared"]
  if (from === "prepared") return [fulfilment === "delivery" ? "shipped" : "ready_for_pickup"]
  if (from === "shipped" || from === "ready_for_pickup") return ["delivered"]
  return []
}

export interface SetOrderLineStatusInput {
  allocation_id: string
  producer_id: string
  status: OrderLineStatus
}

/** Moves one of the producer's own order lines one step forward; another producer's line is not found. */
export const setOrderLineStatusStep = createStep(
  "set-order-line-status",
  async (input: SetOrderLineStatusInput, { container }) => {
    const allocations = container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
    const [line] = await allocations.listOrderLineAllocations({ id: input.allocation_id, producer_id: input.producer_id })
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order line ${input.allocation_id} was not found`)
    const allowed = allowedNextStatus(line.status as OrderLineStatus, line.fulfilment)
    if (!allowed.includes(input.status)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Không thể chuyển dòng đơn từ "${line.status}" sang "${input.status}". / Cannot move this order line from ${line.status} to ${input.status}; allowed: ${allowed.join(", ") || "none"}.`
      )
    }
    const updated = await allocations.updateOrderLineAllocations({ id: line.id, status: input.status })
    return new StepResponse({ id: updated.id, order_id: updated.order_id, status: updated.status }, { id: line.id, status: line.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).updateOrderLineAllocations(previous)
  }
)
