import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantsSellable } from "../../checkout/sellable-variants"

// The listing rule guards the cart as well as the catalogue: nothing lapsed can be added or bought
// (cart completion checks it again in checkout-rules.ts).
async function refuseUnsellableItems({ input }: { input: { items?: { variant_id?: string | null }[] | null } }, { container }: { container: MedusaContainer }) {
  await assertVariantsSellable(container, (input.items ?? []).map((item) => item.variant_id as string))
  return new StepResponse(undefined)
}

addToCartWorkflow.hooks.validate(refuseUnsellableItems)
// A cart can also be created with its first items (POST /store/carts { items }), which Medusa checks
// only for the product being published.
createCartWorkflow.hooks.validate(refuseUnsellableItems)

updateLineItemInCartWorkflow.hooks.validate(async ({ cart, input }, { container }) => {
  const item = (cart.items ?? []).find((line: { id: string }) => line.id === input.item_id) as { variant_id?: string } | undefined
  if (item?.variant_id) await assertVariantsSellable(container, [item.variant_id])
  return new StepResponse(undefined)
})
