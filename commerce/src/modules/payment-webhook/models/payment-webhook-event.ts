import { model } from "@medusajs/framework/utils"

/**
 * A payment provider's webhook event already accepted, keyed by the provider's own event id.
 * Providers deliver events at least once; a replay of a recorded id is acknowledged and ignored.
 */
export const PaymentWebhookEvent = model
  .define("payment_webhook_event", {
    id: model.id({ prefix: "pwhe" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    type: model.text(),
  })
  .indexes([{ on: ["provider", "event_id"], unique: true }])

export default PaymentWebhookEvent
