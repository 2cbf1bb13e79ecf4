import type { UpsertProductDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { productMetadataLock } from "../../listing/metadata-lock"

export interface UpdateProducerProductInput {
  product: UpsertProductDTO & { id: string }
  /** Pack (variant) changes: name and/or VND price; packs not named are left as they are. */
  packs: { id: string; title?: string; prices?: { amount: number; currency_code: string }[] }[]
}

/**
 * A producer's edit of its product: product fields and its packs in one workflow, so a refused pack
 * change rolls the product fields back too. Packs go through the variant workflow, which touches
 * only the variants it names. It holds the product's metadata lock (listing/metadata-lock.ts).
 */
export const updateProducerProductWorkflow = createWorkflow("update-producer-product", (input: UpdateProducerProductInput) => {
  const lock = transform({ input }, ({ input }) => productMetadataLock(input.product.id))
  acquireLockStep({ key: lock, timeout: 10, ttl: 30 })
  const products = transform({ input }, ({ input }) => ({ products: [input.product] }))
  updateProductsWorkflow.runAsStep({ input: products })
  when("has-pack-changes", { input }, ({ input }) => input.packs.length > 0).then(() => {
    const packs = transform({ input }, ({ input }) => ({ product_variants: input.packs }))
    updateProductVariantsWorkflow.runAsStep({ input: packs })
  })
  releaseLockStep({ key: lock })
  return new WorkflowResponse(undefined)
})
