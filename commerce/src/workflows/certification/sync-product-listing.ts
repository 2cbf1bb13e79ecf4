import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { computeListingUpdatesStep } from "./steps/compute-listing-updates"

export interface SyncProductListingInput {
  product_ids: string[]
  /** ISO instant to judge validity at; defaults to now. */
  now?: string
}

/** Brings the stored status of the given products in line with the listing rule (see listing/stored-state.ts). */
export const syncProductListingWorkflow = createWorkflow("sync-product-listing", (input: SyncProductListingInput) => {
  const updates = computeListingUpdatesStep(input)
  when("has-listing-updates", { updates }, ({ updates }) => updates.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products: updates } })
  })
  return new WorkflowResponse(updates)
})
