import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { CartIdParams } from "./ocop/carts/validators"
import { parseInput } from "../validation"

/**
 * POST /store/carts/:id/customer for a cart that is already the caller's answers the cart as it is.
 * Medusa 2.21's transfer workflow fails with a 500 in that case, and it is the common one: a
 * shopper whose login expired logs in again with their cart still in the browser. Whose cart may
 * be handed to whom is decided in src/workflows/hooks/cart-ownership.ts.
 */
export async function answerCartAlreadyHeld(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { id } = parseInput(CartIdParams, req.params, "path")
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({ entity: "cart", fields: ["customer_id"], filters: { id } })
    if (!carts[0] || carts[0].customer_id !== (req as AuthenticatedMedusaRequest).auth_context.actor_id) return next()
    res.status(200).json({ cart: await refetchCart(id, req.scope, req.queryConfig?.fields ?? defaultStoreCartFields) })
  } catch (error) {
    next(error)
  }
}
