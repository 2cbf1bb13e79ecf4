import { MedusaService } from "@medusajs/framework/utils"
import { PaymentWebhookEvent } from "./models/payment-webhook-event"

export default class PaymentWebhookModuleService extends MedusaService({ PaymentWebhookEvent }) {
  /** Records the event; false when this provider already delivered an event with that id. */
  async acceptOnce(provider: string, eventId: string, type: string): Promise<boolean> {
    try {
      await this.createPaymentWebhookEvents({ provider, event_id: eventId, type })
      return true
    } catch (error) {
      if (/unique|duplicate|already exists/i.test((error as Error).message)) return false
      throw error
    }
  }
}
