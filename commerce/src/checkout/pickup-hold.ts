import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { CANCEL_REASON, cancelLapsedOrders, type LapsedOrder } from "./cancellation"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Pickup orders nobody collected within the hold period are canceled: the goods go back on sale at
 * the sales point (the order's reservations are released) and the buyer is told why. Kept are
 * orders already paid (the money must come back through the office, and the buyer may still come)
 * and orders of which something was handed over.
 */
export async function releaseUncollectedPickups(container: MedusaContainer, options: { holdDays: number; now?: Date }): Promise<LapsedOrder[]> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.holdDays * DAY_MS)
  const allocations = container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
  // A line is allocated when its order is placed, so an old enough line points at an old enough order.
  const waiting = await allocations.listOrderLineAllocations(
    { fulfilment: "pickup", status: ["placed", "prepared", "ready_for_pickup"], created_at: { $lt: cutoff } },
    { select: ["order_id"], take: 500, order: { created_at: "ASC" } }
  )
  return cancelLapsedOrders(container, {
    orderIds: [...new Set(waiting.map((line) => line.order_id))],
    cutoff,
    keptFrom: ["delivered"],
    reason: { cancel_reason: CANCEL_REASON.pickupNotCollected, pickup_hold_days: options.holdDays },
    why: `was not collected in ${options.holdDays} days`,
  })
}
