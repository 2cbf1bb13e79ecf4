import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents, PaymentSessionStatus } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { placeOrderWorkflow } from "../workflows/checkout/place-order"
import { allocateOrder } from "./allocation"
import { numeric } from "./numeric"

export interface RecoveryResult {
  /** Checkouts now finished: the order exists, its payment is authorised and its lines are allocated. */
  completed: { cart_id: string; order_id: string }[]
  /** Checkouts that could not be finished: the authorisation was voided, and the order canceled if one had been written. */
  voided: { cart_id: string; order_id?: string; reason: string }[]
}

/**
 * Orders older than this predate the recovery, or have long been seen to by people; a crash is
 * recovered within a minute of the server coming back.
 */
const LOOKBACK_MS = 7 * 86_400_000

/**
 * Finishes checkouts that a crash (the process killed, so no compensation ran) left half done, or
 * undoes them so that no shopper is charged without an order:
 * - the order was written but never linked to its cart: cancel it and reopen the cart, so a retry
 *   places one order, not two;
 * - the order was written but its payment never authorised: authorise it, or cancel the order
 *   (releasing its stock) when the provider refuses;
 * - the order has no line allocations (killed after authorisation): allocate it, or cancel the order
 *   (voiding its payment) when the goods can no longer be allocated;
 * - the payment was authorised but no order was written: place the order, or void the authorisation
 *   when the cart can no longer be ordered (stock gone, certificate lapsed).
 * Checkouts touched within `settledMs` are left to the completion that may still be running.
 * Idempotent: a second run finds nothing to do.
 */
export async function recoverCheckouts(container: MedusaContainer, { settledMs = 120_000, now = new Date() }: { settledMs?: number; now?: Date } = {}): Promise<RecoveryResult> {
  // One run at a time (across servers with Redis): the run at start-up and the minute's run can
  // overlap on a slow host, and two runs handling the same checkout would each move or cancel its
  // reservations. A run that waited finds nothing left to do.
  return container.resolve(Modules.LOCKING).execute(
    RECOVERY_LOCK,
    async () => {
      const result: RecoveryResult = { completed: [], voided: [] }
      const settledBefore = new Date(now.getTime() - settledMs)
      const since = new Date(now.getTime() - LOOKBACK_MS)
      await cancelUnlinkedOrders(container, settledBefore, since, result)
      await finishWrittenOrders(container, settledBefore, since, result)
      await placeAuthorizedCarts(container, settledBefore, result)
      return result
    },
    { timeout: RECOVERY_LOCK_WAIT_SECONDS }
  )
}

const RECOVERY_LOCK = "ocop:checkout-recovery"
/** Longer than a run takes with a backlog of crashed checkouts; a run still waiting after that gives way to the next minute's. */
const RECOVERY_LOCK_WAIT_SECONDS = 120

interface UnlinkedOrder {
  id: string
  email: string | null
  region_id: string | null
  sales_channel_id: string | null
  currency_code: string
  created_at: Date
}

/**
 * Medusa writes the order in one step and links it to its cart (with the payment collection, the
 * stock reservations and the cart's completed_at) in the next. Killed in between, the order stands
 * alone: nothing was authorised, yet a retry of the cart would write a second order. Such an order
 * is known by the cart it came from: the same shopper, region, channel and lines, a payment session
 * ready, and no order of its own. It is canceled (releasing whatever the crash had reserved) and the
 * cart reopened, so the shopper's retry places the one order. An order made any other way (the
 * admin's, a converted draft) has no such cart and is left alone.
 */
async function cancelUnlinkedOrders(container: MedusaContainer, settledBefore: Date, since: Date, result: RecoveryResult) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const unlinked = (await db("order as o")
    .whereNull("o.deleted_at")
    .whereNot("o.status", "canceled")
    .where("o.is_draft_order", false)
    .whereBetween("o.created_at", [since, settledBefore])
    .whereNotExists(db("order_cart as oc").select(db.raw("1")).whereRaw("oc.order_id = o.id").whereNull("oc.deleted_at"))
    .whereNotExists(db("order_payment_collection as opc").select(db.raw("1")).whereRaw("opc.order_id = o.id").whereNull("opc.deleted_at"))
    .select("o.id", "o.email", "o.region_id", "o.sales_channel_id", "o.currency_code", "o.created_at")) as UnlinkedOrder[]
  if (unlinked.length === 0) return

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const carts = container.resolve(Modules.CART)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const order of unlinked) {
    const { data: orders } = (await query.graph({ entity: "order", fields: ["items.variant_id", "items.quantity", "items.detail.quantity"], filters: { id: order.id } })) as {
      data: { items: { variant_id: string | null; quantity?: unknown; detail?: { quantity?: unknown } | null }[] }[]
    }
    const candidates = (await db("cart as c")
      .whereNull("c.deleted_at")
      .where({ "c.email": order.email, "c.region_id": order.region_id, "c.sales_channel_id": order.sales_channel_id, "c.currency_code": order.currency_code })
      .where("c.created_at", "<=", order.created_at)
      .whereNotExists(db("order_cart as oc").select(db.raw("1")).whereRaw("oc.cart_id = c.id").whereNull("oc.deleted_at"))
      .whereExists(
        db("cart_payment_collection as cpc")
          .join("payment_session as session", "session.payment_collection_id", "cpc.payment_collection_id")
          .select(db.raw("1"))
          .whereRaw("cpc.cart_id = c.id")
          .whereNull("cpc.deleted_at")
          .whereNull("session.deleted_at")
      )
      .select("c.id", "c.completed_at")) as { id: string; completed_at: Date | null }[]
    if (candidates.length === 0) continue
    const lines = (await db("cart_line_item").whereIn("cart_id", candidates.map((cart) => cart.id)).whereNull("deleted_at").select("cart_id", "variant_id", "quantity")) as {
      cart_id: string
      variant_id: string | null
      quantity: unknown
    }[]
    const orderLines = lineSignature((orders[0]?.items ?? []).map((item) => ({ variant_id: item.variant_id, quantity: item.quantity ?? item.detail?.quantity })))
    const cart = candidates.find((candidate) => lineSignature(lines.filter((line) => line.cart_id === candidate.id)) === orderLines)
    if (!cart) continue

    const { errors } = await cancelOrderWorkflow(container).run({ input: { order_id: order.id }, throwOnError: false })
    if (errors.length > 0) {
      logger.error(`Order ${order.id}, written without its cart ${cart.id}, could not be canceled: ${errors[0]!.error.message}`)
      continue
    }
    if (cart.completed_at) await carts.updateCarts(cart.id, { completed_at: null })
    result.voided.push({ cart_id: cart.id, order_id: order.id, reason: "The checkout stopped before the order was linked to its cart; the cart is open again" })
  }
}

function lineSignature(lines: { variant_id: string | null; quantity: unknown }[]): string {
  return lines
    .map((line) => `${line.variant_id}×${numeric(line.quantity)}`)
    .sort()
    .join(",")
}

async function finishWrittenOrders(container: MedusaContainer, settledBefore: Date, since: Date, result: RecoveryResult) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const unfinished = (await db("order as o")
    .join("order_cart as oc", function () {
      this.on("oc.order_id", "o.id").andOnNull("oc.deleted_at")
    })
    .leftJoin("order_payment_collection as opc", function () {
      this.on("opc.order_id", "o.id").andOnNull("opc.deleted_at")
    })
    .leftJoin("payment_session as session", function () {
      this.on("session.payment_collection_id", "opc.payment_collection_id").andOnNull("session.deleted_at")
    })
    .whereNull("o.deleted_at")
    .whereNot("o.status", "canceled")
    .whereBetween("o.created_at", [since, settledBefore])
    .where((unfinished) =>
      unfinished
        // Medusa authorises last, after writing the order and reserving its stock.
        .where((never) => never.where("session.status", PaymentSessionStatus.PENDING).whereNull("session.authorized_at"))
        .orWhereNotExists(db("order_line_allocation as a").select(db.raw("1")).whereRaw("a.order_id = o.id").whereNull("a.deleted_at"))
    )
    .select("o.id as order_id", "oc.cart_id", "session.id as payment_session_id", "session.status as payment_status", "session.authorized_at")) as {
    order_id: string
    cart_id: string
    payment_session_id: string | null
    payment_status: string | null
    authorized_at: Date | null
  }[]

  const payments = container.resolve(Modules.PAYMENT)
  const orders = container.resolve(Modules.ORDER)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const order of unfinished) {
    try {
      if (order.payment_session_id && order.payment_status === PaymentSessionStatus.PENDING && !order.authorized_at) {
        await payments.authorizePaymentSession(order.payment_session_id, {})
        const session = await payments.retrievePaymentSession(order.payment_session_id, { relations: ["payment", "payment.captures"] })
        // A deferred authorisation (bank transfer) goes on without a payment, as in Medusa's own step.
        if (session.status !== PaymentSessionStatus.PENDING_AUTHORIZATION) {
          if (session.status !== PaymentSessionStatus.AUTHORIZED || !session.payment) throw new Error(`Payment authorisation failed (${session.status})`)
          // A provider that captures at once: the order records the capture, as Medusa's completion does.
          const captures = session.payment.captures ?? []
          if (captures.length > 0) {
            await orders.addOrderTransactions(
              captures.map((capture) => ({ order_id: order.order_id, amount: capture.raw_amount ?? capture.amount, currency_code: session.currency_code, reference: "capture", reference_id: capture.id }))
            )
          }
        }
      }
      await allocateOrder(container, order.order_id)
      // The crash lost the completion's grouped events, order.placed among them: the confirmation goes out now.
      await container.resolve(Modules.EVENT_BUS).emit({ name: OrderWorkflowEvents.PLACED, data: { id: order.order_id } })
      result.completed.push({ cart_id: order.cart_id, order_id: order.order_id })
    } catch (error) {
      // Cancelling releases the reservations and voids an uncaptured payment (refunds a captured one).
      const { errors } = await cancelOrderWorkflow(container).run({ input: { order_id: order.order_id }, throwOnError: false })
      // Left for the next run, without holding up the other checkouts.
      if (errors.length > 0) logger.error(`Order ${order.order_id} could be neither finished (${(error as Error).message}) nor canceled: ${errors[0]!.error.message}`)
      else result.voided.push({ cart_id: order.cart_id, order_id: order.order_id, reason: (error as Error).message })
    }
  }
}

async function placeAuthorizedCarts(container: MedusaContainer, settledBefore: Date, result: RecoveryResult) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const stranded = (await db("cart as c")
    .join("cart_payment_collection as link", function () {
      this.on("link.cart_id", "c.id").andOnNull("link.deleted_at")
    })
    .join("payment_session as session", function () {
      this.on("session.payment_collection_id", "link.payment_collection_id").andOnNull("session.deleted_at")
    })
    .whereNull("c.completed_at")
    .whereNull("c.deleted_at")
    .where("session.status", PaymentSessionStatus.AUTHORIZED)
    // Voiding keeps the session's status; the cancelled payment is what marks it settled.
    .whereNotExists(db("payment").select(db.raw("1")).whereRaw("payment.payment_session_id = session.id").whereNotNull("payment.canceled_at"))
    .where("session.updated_at", "<", settledBefore)
    .select("c.id as cart_id", "session.id as payment_session_id")) as { cart_id: string; payment_session_id: string }[]

  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const payments = container.resolve(Modules.PAYMENT)
  for (const { cart_id, payment_session_id } of stranded) {
    const { errors, result: order } = await engine.run(placeOrderWorkflow.getName(), { input: { cart_id }, throwOnError: false })
    if (!errors?.length) {
      result.completed.push({ cart_id, order_id: (order as { id: string }).id })
      continue
    }
    const open = (await payments.listPayments({ payment_session_id })).filter((payment) => !payment.captured_at && !payment.canceled_at)
    for (const payment of open) await payments.cancelPayment(payment.id)
    result.voided.push({ cart_id, reason: (errors[0]!.error as Error).message })
  }
}
