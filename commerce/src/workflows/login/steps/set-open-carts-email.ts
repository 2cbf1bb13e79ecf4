import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface OpenCartsEmailChange {
  customer_id: string
  old_email: string
  new_email: string
}

/**
 * The shopper's carts not yet ordered that carry the old address take the new one, so the order
 * placed from them is confirmed to the address the account now has (checkout shows the cart's).
 */
export const setOpenCartsEmailStep = createStep(
  "set-open-carts-email",
  async (change: OpenCartsEmailChange, { container }) => {
    const carts = container.resolve(Modules.CART)
    const open = (await carts.listCarts({ customer_id: change.customer_id, completed_at: { $eq: null } }, { select: ["id", "email"] })).filter(
      (cart) => cart.email === change.old_email
    )
    if (open.length > 0) await carts.updateCarts(open.map((cart) => ({ id: cart.id, email: change.new_email })))
    return new StepResponse(undefined, { cart_ids: open.map((cart) => cart.id), old_email: change.old_email })
  },
  async (moved, { container }) => {
    if (!moved || moved.cart_ids.length === 0) return
    await container.resolve(Modules.CART).updateCarts(moved.cart_ids.map((id) => ({ id, email: moved.old_email })))
  }
)
