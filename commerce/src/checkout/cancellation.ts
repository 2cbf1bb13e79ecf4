import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import { OPEN_LINE_STEPS } from "../modules/order-allocation/line-steps"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { orderPageUrl } from "./confirmation"
import { checkoutMethod } from "./method"
import { numeric } from "./numeric"

/** Why an order was canceled when the marketplace or the buyer did it (not the office), kept in the order's metadata for the email and the order page. */
export const CANCEL_REASON = { pickupNotCollected: "pickup_not_collected", buyer: "buyer_canceled", transferNotPaid: "transfer_not_paid" } as const

/**
 * An order was canceled (by the office, by checkout recovery, or because nobody collected it): its
 * lines leave every producer's work list, except a line already handed over.
 */
export async function cancelOrderLines(container: MedusaContainer, orderId: string): Promise<number> {
  const allocations = container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
  const open = await allocations.listOrderLineAllocations({ order_id: orderId, status: [...OPEN_LINE_STEPS] })
  if (open.length === 0) return 0
  await allocations.updateOrderLineAllocations(open.map((line) => ({ id: line.id, status: "canceled" as const })))
  return open.length
}

export type PaymentCollections = { payments?: { captured_at?: string | null; captures?: { id: string }[] | null }[] | null }[] | null | undefined

/** The order fields anyPaymentCaptured reads. */
export const PAYMENT_CAPTURE_FIELDS = ["payment_collections.payments.captured_at", "payment_collections.payments.captures.id"]

/**
 * Whether the buyer has paid anything on the order: a captured payment (card charged, transfer
 * received, cash taken) or part of one (the office recorded a transfer that fell short; Medusa sets
 * captured_at only once the whole amount is in). The marketplace never cancels such an order itself.
 */
export function anyPaymentCaptured(collections: PaymentCollections): boolean {
  return collections?.some((collection) => collection.payments?.some((payment) => Boolean(payment.captured_at) || (payment.captures?.length ?? 0) > 0)) ?? false
}

interface CanceledOrder {
  id: string
  display_id: number | string
  email: string | null
  status: string
  total: number
  metadata: Record<string, unknown> | null
  shipping_methods: { shipping_option_id: string | null }[]
  payment_collections?: PaymentCollections
  cart?: { id: string } | null
}

/** Tells the buyer their order was canceled, and why when the marketplace did it; once per order. */
export async function sendOrderCancellation(container: MedusaContainer, orderId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "status", "total", "metadata", "shipping_methods.shipping_option_id", ...PAYMENT_CAPTURE_FIELDS, "cart.id"],
    filters: { id: orderId },
  })) as { data: CanceledOrder[] }
  const order = data[0]
  if (!order?.email || order.status !== "canceled") return false
  const method = await checkoutMethod(container, order.shipping_methods.map((shipping) => shipping.shipping_option_id ?? ""))
  const paid = anyPaymentCaptured(order.payment_collections)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-canceled",
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: `order-canceled:${order.id}`,
    data: {
      display_id: order.display_id,
      total: numeric(order.total),
      reason: order.metadata?.cancel_reason ?? null,
      hold_days: order.metadata?.pickup_hold_days ?? null,
      payment_hours: order.metadata?.transfer_payment_hours ?? null,
      sales_point: method?.fulfilment === "pickup" ? method.salesPointName : null,
      paid,
      order_url: orderPageUrl(order),
    },
  })
  return true
}

type LineStep = "placed" | "prepared" | "shipped" | "ready_for_pickup" | "delivered" | "canceled"

export interface LapsedOrder {
  order_id: string
  display_id: number | string
}

interface OpenOrder {
  id: string
  display_id: number | string
  status: string
  created_at: string | Date
  metadata: Record<string, unknown> | null
  payment_collections?: PaymentCollections
}

/**
 * The marketplace cancels the orders it gave up on (uncollected pickups, transfers that never came):
 * of `orderIds`, those placed before `cutoff`, still open, unpaid, and with no line at a `keptFrom`
 * step. Why goes into the order's metadata for the email and the order page; Medusa's cancel
 * releases the reserved stock and voids the payment. A failure is logged and the hourly job that
 * asked tries again next time.
 */
export async function cancelLapsedOrders(
  container: MedusaContainer,
  options: {
    orderIds: string[]
    cutoff: Date
    keptFrom: LineStep[]
    reason: Record<string, unknown> & { cancel_reason: (typeof CANCEL_REASON)[keyof typeof CANCEL_REASON] }
    why: string
  }
): Promise<LapsedOrder[]> {
  if (options.orderIds.length === 0) return []
  const kept = new Set(
    (
      await container
        .resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
        .listOrderLineAllocations({ order_id: options.orderIds, status: options.keptFrom }, { select: ["order_id"] })
    ).map((line) => line.order_id)
  )
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status", "created_at", "metadata", ...PAYMENT_CAPTURE_FIELDS],
    filters: { id: options.orderIds },
  })) as { data: OpenOrder[] }

  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const canceled: LapsedOrder[] = []
  for (const order of data) {
    const lapsed = new Date(order.created_at) < options.cutoff
    if (!lapsed || order.status === "canceled" || order.status === "completed" || kept.has(order.id) || anyPaymentCaptured(order.payment_collections)) continue
    await container.resolve(Modules.ORDER).updateOrders(order.id, { metadata: { ...(order.metadata ?? {}), ...options.reason } })
    const { errors } = await cancelOrderWorkflow(container).run({ input: { order_id: order.id }, throwOnError: false })
    if (errors.length > 0) {
      logger.error(`Order #${order.display_id} ${options.why} but could not be canceled: ${errors[0]!.error.message}`)
      continue
    }
    canceled.push({ order_id: order.id, display_id: order.display_id })
  }
  return canceled
}
