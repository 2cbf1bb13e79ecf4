import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allocateOrder } from "../checkout/allocation"
import { sendOrderConfirmation } from "../checkout/confirmation"
import { notifyProducersOfOrder } from "../checkout/producer-order-notice"
import { rememberDeliveryAddress } from "../checkout/saved-address"

/**
 * A new order: make sure each line knows its producer and sales point (orders placed through the
 * storefront are already allocated; a card payment completed by Stripe's webhook is not), then
 * send the confirmation email, tell each producer what it has to prepare, and keep a delivery
 * address in the buyer's address book.
 */
export default async function orderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await allocateOrder(container, event.data.id)
  } catch (error) {
    logger.error(`Order ${event.data.id} could not be allocated to a sales point: ${(error as Error).message}`)
  }
  await sendOrderConfirmation(container, event.data.id)
  try {
    await notifyProducersOfOrder(container, event.data.id)
  } catch (error) {
    logger.error(`Order ${event.data.id}: its producers could not be emailed: ${(error as Error).message}`)
  }
  try {
    await rememberDeliveryAddress(container, event.data.id)
  } catch (error) {
    logger.error(`Order ${event.data.id}: the delivery address could not be saved to the buyer's address book: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed"],
}
