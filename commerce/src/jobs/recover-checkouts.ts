import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recoverCheckouts } from "../checkout/recovery"

/**
 * How long a checkout must have been left before it counts as abandoned by a crash. Medusa's cart
 * completion holds its lock for at most 2 minutes; the crash test shortens this to seconds.
 */
function settledMs(): number {
  const configured = process.env.CHECKOUT_RECOVERY_SETTLED_MS
  return configured && /^\d+$/.test(configured) ? Number(configured) : 120_000
}

/** Every minute: checkouts a crash left half done (payment authorised without an order, an order not authorised or not allocated) are finished or undone. */
export default async function recoverCheckoutsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { completed, voided } = await recoverCheckouts(container, { settledMs: settledMs() })
  for (const { cart_id, order_id } of completed) logger.info(`Recovered checkout: cart ${cart_id} is order ${order_id}`)
  for (const { cart_id, order_id, reason } of voided) logger.warn(`Voided the payment of cart ${cart_id}${order_id ? ` and canceled order ${order_id}` : ""}, which can no longer be ordered: ${reason}`)
}

export const config = {
  name: "recover-authorized-checkouts",
  schedule: "* * * * *",
}
