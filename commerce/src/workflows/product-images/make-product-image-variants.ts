import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteStaleVariantsStep } from "./steps/delete-stale-variants"
import { makeImageVariantsStep } from "./steps/make-image-variants"
import { recordImageVariantsStep } from "./steps/record-image-variants"

/**
 * Makes responsive AVIF/WebP variants of a product's images once, when they are added, and records
 * their URLs in the product's metadata (`image_variants`). Idempotent: images that have variants
 * are skipped, so the metadata update it makes (another `product.updated`) ends the loop.
 */
export const makeProductImageVariantsWorkflow = createWorkflow("make-product-image-variants", (input: { product_id: string }) => {
  const plan = makeImageVariantsStep(input)
  const recorded = recordImageVariantsStep(plan)
  const stale = transform({ plan }, ({ plan }) => plan.stale)
  deleteStaleVariantsStep(stale)
  return new WorkflowResponse(recorded)
})
