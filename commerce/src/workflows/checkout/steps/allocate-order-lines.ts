import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allocateOrder, type AllocationResult } from "../../../checkout/allocation"
import { ORDER_ALLOCATION_MODULE } from "../../../modules/order-allocation"
import type OrderAllocationModuleService from "../../../modules/order-allocation/service"

export const allocateOrderLinesStep = createStep(
  "allocate-order-lines",
  async ({ order_id }: { order_id: string }, { container }) => {
    const result = await allocateOrder(container, order_id)
    return new StepResponse(result, result)
  },
  async (result: AllocationResult | undefined, { container }) => {
    if (!result) return
    if (result.allocationIds.length > 0) {
      await container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).deleteOrderLineAllocations(result.allocationIds)
    }
    if (result.movedReservationIds.length > 0) await container.resolve(Modules.INVENTORY).deleteReservationItems(result.movedReservationIds)
  }
)
