import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import type { Buyer } from "../../../../checkout/buyer-cancel"

/** How a buyer shows an order is theirs: their login, or for a guest the key of the order link they were given (its cart id). */
export const BuyerKey = z
  .object({
    cart_id: z.string().trim().regex(/^cart_[0-9A-Za-z]{10,40}$/, "must be a cart id (cart_…)").optional(),
  })
  .strict()

export function buyerOf(req: AuthenticatedMedusaRequest, cartId: string | undefined): Buyer {
  return { customerId: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id || null : null, cartId: cartId ?? null }
}
