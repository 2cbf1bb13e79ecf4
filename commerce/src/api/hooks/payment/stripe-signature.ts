import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"
import { PAYMENT_WEBHOOK_MODULE } from "../../../modules/payment-webhook"
import type PaymentWebhookModuleService from "../../../modules/payment-webhook/service"

/** Medusa's webhook route for provider `stripe` (module provider id `pp_stripe_stripe`). */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/**
 * Guards Stripe's webhook before Medusa queues it: the signature is checked on the raw body (400 if
 * it does not match, so a forged or corrupted event is refused where Stripe and a reviewer can see
 * it), and an event id seen before is acknowledged without being processed again.
 */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const secret = process.env.STRIPE_WEBHOOK_SECRET
    if (!process.env.STRIPE_API_KEY || !secret) {
      res.status(400).json({ type: "invalid_data", message: "Stripe payments are not configured on this server (STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET)" })
      return
    }
    const signature = req.headers["stripe-signature"]
    const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
    if (typeof signature !== "string" || !rawBody) {
      res.status(400).json({ type: "invalid_data", message: "Missing Stripe-Signature header or body" })
      return
    }
    let event: Stripe.Event
    try {
      event = Stripe.webhooks.constructEvent(rawBody, signature, secret)
    } catch (error) {
      res.status(400).json({ type: "invalid_data", message: `Stripe signature verification failed: ${(error as Error).message}` })
      return
    }
    const webhooks = req.scope.resolve<PaymentWebhookModuleService>(PAYMENT_WEBHOOK_MODULE)
    if (!(await webhooks.acceptOnce("stripe", event.id, event.type))) {
      res.status(200).json({ received: true, duplicate: true })
      return
    }
    next()
  } catch (error) {
    next(error)
  }
}
