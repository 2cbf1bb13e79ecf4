import { timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { CANCEL_REASON } from "./cancellation"

/** Who is asking: the customer the order belongs to, or the browser holding the key of its guest link (the cart id). */
export interface Buyer {
  customerId: string | null
  cartId: string | null
}

interface BuyersOrder {
  id: string
  display_id: number | string
  status: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  cart?: { id: string } | null
  fulfillments?: { canceled_at: string | null }[] | null
}

/** Line states in which the goods have left, or wait at the counter: the terms of sale end free cancellation there. */
const GOODS_ON_THEIR_WAY = ["shipped", "ready_for_pickup", "delivered"] as const

function sameKey(given: string | null, expected: string | null | undefined): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng / Order not found")

/** Where one line of the buyer's order stands with its producer. */
export interface LineProgress {
  line_item_id: string
  status: string
  fulfilment: "delivery" | "pickup"
}

/**
 * Whether the buyer may cancel their order now, and if not, why in their words, with where each
 * line stands (which decides it). Someone else's order (or none) throws a 404, the same for both so
 * order ids cannot be probed.
 */
export async function cancellationFor(
  container: MedusaContainer,
  orderId: string,
  buyer: Buyer
): Promise<{ order: BuyersOrder; lines: LineProgress[]; refusal: string | null }> {
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status", "customer_id", "metadata", "cart.id", "fulfillments.canceled_at"],
    filters: { id: orderId },
  })) as { data: BuyersOrder[] }
  const order = data[0]
  const theirs = order && ((buyer.customerId !== null && order.customer_id === buyer.customerId) || sameKey(buyer.cartId, order.cart?.id))
  if (!order || !theirs) throw notFound()

  const lines = (
    await container
      .resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
      .listOrderLineAllocations({ order_id: order.id }, { select: ["line_item_id", "status", "fulfilment"] })
  ).map((line) => ({ line_item_id: line.line_item_id, status: line.status, fulfilment: line.fulfilment }))
  if (order.status === "canceled") return { order, lines, refusal: `Đơn hàng #${order.display_id} đã được hủy trước đó / Order #${order.display_id} is already cancelled` }
  const onTheirWay = lines.some((line) => (GOODS_ON_THEIR_WAY as readonly string[]).includes(line.status))
  const fulfilled = (order.fulfillments ?? []).some((fulfillment) => !fulfillment.canceled_at)
  if (order.status === "completed" || onTheirWay || fulfilled) {
    return {
      order,
      lines,
      refusal: `Đơn hàng #${order.display_id} đã được gửi đi hoặc đang chờ bạn nhận nên không thể hủy; nếu cần đổi trả, hãy liên hệ Chợ OCOP / Order #${order.display_id} has been shipped or is ready for pickup and can no longer be cancelled; contact OCOP Market for a return`,
    }
  }
  return { order, lines, refusal: null }
}

/**
 * The buyer cancels their own order, free of charge until the goods are shipped or ready for pickup
 * (terms of sale §5). Medusa's cancel releases the reserved stock, voids an authorised card payment
 * and refunds a captured one; the order.canceled subscriber takes the lines off the producers' lists
 * and emails the buyer.
 */
export async function cancelByBuyer(container: MedusaContainer, orderId: string, buyer: Buyer): Promise<{ id: string; display_id: number | string }> {
  const { order, refusal } = await cancellationFor(container, orderId, buyer)
  if (refusal) throw new MedusaError(MedusaError.Types.CONFLICT, refusal)
  await container.resolve(Modules.ORDER).updateOrders(order.id, { metadata: { ...(order.metadata ?? {}), cancel_reason: CANCEL_REASON.buyer } })
  await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
  return { id: order.id, display_id: order.display_id }
}
