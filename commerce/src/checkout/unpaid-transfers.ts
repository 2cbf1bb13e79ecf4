import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { anyPaymentCaptured, CANCEL_REASON, cancelLapsedOrders, PAYMENT_CAPTURE_FIELDS, type LapsedOrder } from "./cancellation"
import { orderPageUrl } from "./confirmation"
import { transferDueAt } from "./hold-period"
import { numeric } from "./numeric"

const HOUR_MS = 60 * 60 * 1000
const VIETQR_PROVIDER = "pp_vietqr_vietqr"
// A reminder half a day before the order lapses leaves a working day's evening or morning to pay.
const REMIND_HOURS_BEFORE = 12
export const TRANSFER_REMINDER_TEMPLATE = "transfer-reminder"

/** The ids of orders whose bank transfer was chosen before `cutoff` (and not before `since`) and has neither arrived nor been voided. */
async function ordersAwaitingTransfer(container: MedusaContainer, cutoff: Date, since?: Date): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: waiting } = (await query.graph({
    entity: "payment",
    fields: ["payment_collection_id"],
    filters: { provider_id: VIETQR_PROVIDER, captured_at: null, canceled_at: null, created_at: { $lt: cutoff.toISOString(), ...(since ? { $gte: since.toISOString() } : {}) } },
    pagination: { take: 500, order: { created_at: "ASC" } },
  })) as { data: { payment_collection_id: string }[] }
  if (waiting.length === 0) return []
  const { data: links } = (await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: [...new Set(waiting.map((payment) => payment.payment_collection_id))] },
  })) as { data: { order_id: string }[] }
  return [...new Set(links.map((link) => link.order_id))]
}

/**
 * Bank-transfer orders whose money has not arrived within the payment window are cancelled, so the
 * stock they reserved goes back on sale instead of waiting forever; the buyer is told why (the
 * order.canceled subscriber emails them). Kept for the office are orders of which something was
 * already shipped, set out for pickup or handed over, and any order the office marked paid meanwhile,
 * in full or in part (a transfer that fell short is the office's to settle with the buyer).
 */
export async function cancelUnpaidTransfers(container: MedusaContainer, options: { hours: number; now?: Date }): Promise<LapsedOrder[]> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.hours * HOUR_MS)
  return cancelLapsedOrders(container, {
    orderIds: await ordersAwaitingTransfer(container, cutoff),
    // Checked against the order's time, the start the buyer was given, not its payment's a moment earlier.
    cutoff,
    keptFrom: ["shipped", "ready_for_pickup", "delivered"],
    reason: { cancel_reason: CANCEL_REASON.transferNotPaid, transfer_payment_hours: options.hours },
    why: `was not paid by bank transfer in ${options.hours} hours`,
  })
}

interface RemindedOrder {
  id: string
  display_id: number | string
  email: string | null
  status: string
  total: number
  created_at: string | Date
  payment_collections?: { payments?: { provider_id: string; captured_at?: string | null; captures?: { id: string }[] | null; data?: Record<string, unknown> | null }[] | null }[] | null
  cart?: { id: string } | null
}

/**
 * A buyer whose transfer has not arrived is reminded once, 12 hours before the order lapses (half
 * way through a window shorter than a day), with the amount, the reference and the moment; the
 * same hourly job runs it just before it cancels what has lapsed. Answers the orders reminded.
 */
export async function remindUnpaidTransfers(container: MedusaContainer, options: { hours: number; now?: Date }): Promise<string[]> {
  const now = (options.now ?? new Date()).getTime()
  const lead = Math.min(REMIND_HOURS_BEFORE, options.hours / 2)
  const orderIds = await ordersAwaitingTransfer(container, new Date(now - (options.hours - lead) * HOUR_MS), new Date(now - options.hours * HOUR_MS))
  if (orderIds.length === 0) return []
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "email", "status", "total", "created_at", "payment_collections.payments.provider_id", ...PAYMENT_CAPTURE_FIELDS, "payment_collections.payments.data", "cart.id"],
    filters: { id: orderIds },
  })) as { data: RemindedOrder[] }

  const reminded: string[] = []
  for (const order of data) {
    if (!order.email || order.status === "canceled" || order.status === "completed" || anyPaymentCaptured(order.payment_collections)) continue
    const transfer = order.payment_collections?.flatMap((collection) => collection.payments ?? []).find((payment) => payment.provider_id === VIETQR_PROVIDER)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: order.email,
      channel: "email",
      template: TRANSFER_REMINDER_TEMPLATE,
      resource_id: order.id,
      resource_type: "order",
      // Once per order, however many hourly runs find it inside the reminder window.
      idempotency_key: `${TRANSFER_REMINDER_TEMPLATE}:${order.id}`,
      data: {
        display_id: order.display_id,
        total: numeric(order.total),
        transfer: transfer?.data ?? null,
        due_at: transferDueAt(order.created_at, options.hours),
        order_url: orderPageUrl(order),
      },
    })
    reminded.push(order.id)
  }
  return reminded
}
