import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelOrderLines, sendOrderCancellation } from "../checkout/cancellation"

/** A canceled order leaves the producers' work lists, and its buyer gets an email. */
export default async function orderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderLines(container, event.data.id)
  await sendOrderCancellation(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: ["order.canceled"],
}
