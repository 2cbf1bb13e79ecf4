import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { anyPaymentCaptured, CANCEL_REASON, cancelForReason, type PaymentCollections } from "./cancellation"

const DAY_MS = 24 * 60 * 60 * 1000

export interface ReleasedPickup {
  order_id: string
  display_id: number | string
}

interface PickupOrder {
  id: string
  display_id: number | string
  status: string
  created_at: string | Date
  metadata: Record<string, unknown> | null
  payment_collections?: PaymentCollections
}

/**
 * Pickup orders nobody collected within the hold period are canceled: the goods go back on sale at
 * the sales point (the order's reservations are released) and the buyer is told why. Kept are
 * orders already paid (the money must come back through the office, and the buyer may still come)
 * and orders of which something was handed over.
 */
export async function releaseUncollectedPickups(container: MedusaContainer, options: { holdDays: number; now?: Date }): Promise<ReleasedPickup[]> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.holdDays * DAY_MS)
  const allocations = container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
  // A line is allocated when its order is placed, so an old enough line points at an old enough order.
  const waiting = await allocations.listOrderLineAllocations(
    { fulfilment: "pickup", status: ["placed", "prepared", "ready_for_pickup"], created_at: { $lt: cutoff } },
    { select: ["order_id"], take: 500, order: { created_at: "ASC" } }
  )
  const orderIds = [...new Set(waiting.map((line) => line.order_id))]
  if (orderIds.length === 0) return []
  const handedOver = new Set((await allocations.listOrderLineAllocations({ order_id: orderIds, status: "delivered" }, { select: ["order_id"] })).map((line) => line.order_id))
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status", "created_at", "metadata", "payment_collections.payments.captured_at"],
    filters: { id: orderIds },
  })) as { data: PickupOrder[] }

  const released: ReleasedPickup[] = []
  for (const order of data) {
    const paid = anyPaymentCaptured(order.payment_collections)
    if (order.status === "canceled" || order.status === "completed" || paid || handedOver.has(order.id) || new Date(order.created_at) >= cutoff) continue
    const reason = { cancel_reason: CANCEL_REASON.pickupNotCollected, pickup_hold_days: options.holdDays }
    if (!(await cancelForReason(container, order, reason, `was not collected in ${options.holdDays} days`))) continue
    released.push({ order_id: order.id, display_id: order.display_id })
  }
  return released
}
