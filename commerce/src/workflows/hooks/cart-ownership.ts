import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"

interface CartOwner {
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
}

// Medusa hands any cart to whoever logs in with its id. A cart of a registered customer carries
// their delivery address and lands its order in their history, so on a shared computer the next
// person to log in must start their own cart, not take over the previous shopper's. A guest's cart
// (a customer without an account) still becomes the account's, as logging in at checkout expects.
transferCartCustomerWorkflow.hooks.validate(({ input, cart }) => {
  const owner = cart as CartOwner
  if (owner.customer?.has_account && owner.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Giỏ hàng này thuộc tài khoản khác / This cart belongs to another account")
  }
  return new StepResponse(undefined)
})
