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
 * address in the buyer's address book. Each task runs even when an earlier one failed: a mail
 * server that refuses the buyer's confirmation must not keep the producers from hearing of the order.
 */
export default async function orderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orderId = event.data.id
  const tasks: [failure: string, task: () => Promise<unknown>][] = [
    ["could not be allocated to a sales point", () => allocateOrder(container, orderId)],
    ["its confirmation could not be emailed to the buyer", () => sendOrderConfirmation(container, orderId)],
    ["its producers could not be emailed", () => notifyProducersOfOrder(container, orderId)],
    ["the delivery address could not be saved to the buyer's address book", () => rememberDeliveryAddress(container, orderId)],
  ]
  for (const [failure, task] of tasks) {
    try {
      await task()
    } catch (error) {
      logger.error(`Order ${orderId}: ${failure}: ${(error as Error).message}`)
    }
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed"],
}
