import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartLines } from "../../../../../../checkout/cart-lines"
import { parseInput } from "../../../../../validation"
import { CartIdParams } from "../../validators"

/**
 * GET /store/ocop/carts/:id/lines — whether each cart line can be bought now (listing rule and
 * stock). The cart page blocks checkout on any line that cannot, and says why.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(CartIdParams, req.params, "path")
  const state = await cartLines(req.scope, id)
  res.setHeader("Cache-Control", "no-store")
  res.json({ cart_id: state.cart_id, completed: state.completed, checkout_allowed: state.checkout_allowed, lines: state.lines })
}
