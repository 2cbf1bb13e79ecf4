import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderProgress } from "../checkout/order-progress"
import { ORDER_LINE_STATUS_CHANGED } from "../workflows/producer/update-order-line-status"

/** A producer shipped goods or set them out at the sales point: the buyer gets an email. */
export default async function orderLineStatusChanged({ event, container }: SubscriberArgs<{ id: string; order_id: string; status: string }>) {
  await sendOrderProgress(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: ORDER_LINE_STATUS_CHANGED,
}
