import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recoverAuthorizedCheckouts } from "../checkout/recovery"

/** Every minute: authorised payments left without an order (a crash mid-checkout) are completed or voided. */
export default async function recoverCheckoutsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { completed, voided } = await recoverAuthorizedCheckouts(container)
  for (const { cart_id, order_id } of completed) logger.info(`Recovered checkout: cart ${cart_id} became order ${order_id}`)
  for (const { cart_id, reason } of voided) logger.warn(`Voided the payment of cart ${cart_id}, which can no longer be ordered: ${reason}`)
}

export const config = {
  name: "recover-authorized-checkouts",
  schedule: "* * * * *",
}
