import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { placeOrderWorkflow } from "../workflows/checkout/place-order"

export interface RecoveryResult {
  /** Carts whose authorised payment now has its order. */
  completed: { cart_id: string; order_id: string }[]
  /** Carts that could no longer be ordered: their authorisations were voided. */
  voided: { cart_id: string; reason: string }[]
}

/**
 * Finds payments that were authorised but never became an order — the server died between the
 * shopper's card authorisation and the order being written — and finishes each checkout, or voids
 * the authorisation when the cart can no longer be ordered (stock gone, certificate lapsed), so no
 * shopper is charged without an order. Carts touched within `settledMs` are left to the checkout
 * that may still be running.
 */
export async function recoverAuthorizedCheckouts(container: MedusaContainer, { settledMs = 120_000, now = new Date() }: { settledMs?: number; now?: Date } = {}): Promise<RecoveryResult> {
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
    .where("session.status", "authorized")
    // Voiding keeps the session's status; the cancelled payment is what marks it settled.
    .whereNotExists(db("payment").select(db.raw("1")).whereRaw("payment.payment_session_id = session.id").whereNotNull("payment.canceled_at"))
    .where("session.updated_at", "<", new Date(now.getTime() - settledMs))
    .select("c.id as cart_id", "session.id as payment_session_id")) as { cart_id: string; payment_session_id: string }[]

  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const payments = container.resolve(Modules.PAYMENT)
  const result: RecoveryResult = { completed: [], voided: [] }
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
  return result
}
