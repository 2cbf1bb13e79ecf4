import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Fault injection for the crash test (integration-tests/http/checkout-crash.spec.ts). With
 * OCOP_CHECKOUT_CRASH_AT set, the server kills itself at that point of cart completion with SIGKILL —
 * no shutdown handler, no workflow compensation, as a power cut or the OOM killer would — so the
 * test can check that the recovery (src/checkout/recovery.ts) finishes or undoes the checkout.
 */
const crashPoints = {
  // The order is written and its stock reserved; the payment is not yet authorised.
  "before-payment-authorization": "beforePaymentAuthorization",
  // The payment is authorised; the order's lines are not yet allocated (placeOrderWorkflow's next step).
  "after-payment-authorization": "orderCreated",
} as const

const crashAt = process.env.OCOP_CHECKOUT_CRASH_AT
if (crashAt && process.env.NODE_ENV === "production") {
  console.warn("OCOP_CHECKOUT_CRASH_AT is ignored in production")
} else if (crashAt) {
  const hook = crashPoints[crashAt as keyof typeof crashPoints]
  if (!hook) throw new Error(`OCOP_CHECKOUT_CRASH_AT must be one of: ${Object.keys(crashPoints).join(", ")}`)
  // Medusa declares both hooks in complete-cart.js without typing them. A hook takes one handler, so
  // this one is registered only when asked for.
  const hooks = completeCartWorkflow.hooks as unknown as Record<(typeof crashPoints)[keyof typeof crashPoints], (handler: () => StepResponse<undefined>) => void>
  hooks[hook](() => {
    process.kill(process.pid, "SIGKILL")
    return new StepResponse(undefined)
  })
}
