import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelByBuyer } from "../../../../../../checkout/buyer-cancel"
import { OrderIdParams, parseInput } from "../../../../../validation"
import { BuyerKey, buyerOf } from "../../buyer-request"

/**
 * POST /store/ocop/orders/:id/cancel — the buyer cancels their order before it is shipped or ready
 * for pickup: a logged-in customer for their own order, a guest with `cart_id` from their order link.
 * 404 for anyone else's order, 409 once the goods are on their way or it is already cancelled.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(OrderIdParams, req.params, "path")
  const body = parseInput(BuyerKey, req.body ?? {}, "body")
  const order = await cancelByBuyer(req.scope, id, buyerOf(req, body.cart_id))
  res.json({ order: { ...order, status: "canceled" } })
}
