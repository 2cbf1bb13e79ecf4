import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { cancelByBuyer, cancellationFor, type Buyer } from "../../../../../../checkout/buyer-cancel"
import { parseInput } from "../../../../../validation"

const OrderIdParams = z.object({ id: z.string().trim().regex(/^order_[0-9A-Za-z]{10,40}$/, "must be an order id (order_…)") })

/** The body of a cancellation, and the query asking whether one is possible. */
const BuyerKey = z
  .object({
    // A guest proves the order is theirs with the key of the order link they were given (its cart id).
    cart_id: z.string().trim().regex(/^cart_[0-9A-Za-z]{10,40}$/, "must be a cart id (cart_…)").optional(),
  })
  .strict()

function buyer(req: AuthenticatedMedusaRequest, cartId: string | undefined): Buyer {
  return { customerId: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id || null : null, cartId: cartId ?? null }
}

/**
 * GET /store/ocop/orders/:id/cancel?cart_id= — whether the buyer may cancel now (the order page
 * offers the button only then), and if not, why; for a cancelled order, why it was cancelled when
 * the buyer or the marketplace did it (Medusa's store order route does not return the order's metadata).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(OrderIdParams, req.params, "path")
  const query = parseInput(BuyerKey, req.query, "query")
  const { order, refusal } = await cancellationFor(req.scope, id, buyer(req, query.cart_id))
  const holdDays = Number(order.metadata?.pickup_hold_days)
  res.setHeader("Cache-Control", "no-store")
  res.json({
    cancellable: refusal === null,
    refusal,
    cancel_reason: order.status === "canceled" && typeof order.metadata?.cancel_reason === "string" ? order.metadata.cancel_reason : null,
    pickup_hold_days: Number.isInteger(holdDays) && holdDays > 0 ? holdDays : null,
  })
}

/**
 * POST /store/ocop/orders/:id/cancel — the buyer cancels their order before it is shipped or ready
 * for pickup: a logged-in customer for their own order, a guest with `cart_id` from their order link.
 * 404 for anyone else's order, 409 once the goods are on their way or it is already cancelled.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(OrderIdParams, req.params, "path")
  const body = parseInput(BuyerKey, req.body ?? {}, "body")
  const order = await cancelByBuyer(req.scope, id, buyer(req, body.cart_id))
  res.json({ order: { ...order, status: "canceled" } })
}
