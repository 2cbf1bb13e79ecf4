import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickupHoldDays, transferPaymentHours } from "../../../../checkout/hold-period"

/**
 * GET /admin/ocop/checkout-settings — how long a bank-transfer order waits for its money and a
 * pickup order is held, as this server is configured: the admin pages show deadlines from them.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ transfer_payment_hours: transferPaymentHours(), pickup_hold_days: pickupHoldDays() })
}
