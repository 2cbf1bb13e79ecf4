import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancellationFor } from "../../../../../../checkout/buyer-cancel"
import { OrderIdParams, parseInput } from "../../../../../validation"
import { BuyerKey, buyerOf } from "../../buyer-request"

/**
 * GET /store/ocop/orders/:id/progress?cart_id= — what the buyer's order page needs beyond Medusa's
 * store order route, which returns neither the order's metadata nor our order lines' state: where
 * each line stands with its producer, whether the buyer may still cancel (and if not, why), and for
 * a cancelled order why, when the buyer or the marketplace cancelled it. 404 for anyone else's order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(OrderIdParams, req.params, "path")
  const query = parseInput(BuyerKey, req.query, "query")
  const { order, lines, refusal } = await cancellationFor(req.scope, id, buyerOf(req, query.cart_id))
  const whole = (value: unknown) => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : null)
  res.setHeader("Cache-Control", "no-store")
  res.json({
    lines,
    cancellable: refusal === null,
    refusal,
    cancel_reason: order.status === "canceled" && typeof order.metadata?.cancel_reason === "string" ? order.metadata.cancel_reason : null,
    pickup_hold_days: whole(order.metadata?.pickup_hold_days),
    transfer_payment_hours: whole(order.metadata?.transfer_payment_hours),
  })
}
