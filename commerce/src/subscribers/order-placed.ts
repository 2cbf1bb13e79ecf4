import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allocateOrder } from "../checkout/allocation"
import { sendOrderConfirmation } from "../checkout/confirmation"

/**
 * A new order: make sure each line knows its producer and sales point (orders placed through the
 * storefront are already allocated; a card payment completed by Stripe's webhook is not), then
 * send the confirmation email.
 */
export default async function orderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await allocateOrder(container, event.data.id)
  } catch (error) {
    logger.error(`Order ${event.data.id} could not be allocated to a sales point: ${(error as Error).message}`)
  }
  await sendOrderConfirmation(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: ["order.placed"],
}
