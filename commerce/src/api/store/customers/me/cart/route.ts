import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * GET /store/customers/me/cart — the signed-in customer's open cart (the one they last changed: its
 * id and its lines' quantities), or null. Logging out leaves the cart with the account rather than
 * on the browser; logging in again, on this device or another, picks it up where they left it.
 * Medusa's own /store/customers/me middleware requires the customer's login.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.quantity"],
    filters: { customer_id: req.auth_context.actor_id, completed_at: null },
    pagination: { order: { updated_at: "DESC" }, take: 1 },
  })
  res.setHeader("Cache-Control", "no-store")
  res.json({ cart: carts[0] ?? null })
}
