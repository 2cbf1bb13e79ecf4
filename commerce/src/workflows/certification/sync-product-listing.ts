import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_LISTING_SYNCED } from "./events"
import { computeListingUpdatesStep } from "./steps/compute-listing-updates"
import { setProductStatusStep } from "./steps/set-product-status"
import { upsertProductListingsStep } from "./steps/upsert-product-listings"

export interface SyncProductListingInput {
  product_ids: string[]
  /** ISO instant to judge validity at; defaults to now. */
  now?: string
  /** Only refresh the read model (product edits); status decisions belong to the certification workflows. */
  rows_only?: boolean
}

/**
 * Brings the given products in line with the listing rule: their stored status (see
 * listing/stored-state.ts) and their row in the listing read model the catalogue queries.
 */
export const syncProductListingWorkflow = createWorkflow("sync-product-listing", (input: SyncProductListingInput) => {
  const changes = computeListingUpdatesStep(input)
  const updates = transform({ changes }, ({ changes }) => changes.updates)
  setProductStatusStep(updates)
  const readModel = transform({ changes }, ({ changes }) => ({ rows: changes.rows, removed: changes.removed }))
  upsertProductListingsStep(readModel)
  const synced = transform({ input }, ({ input }) => ({ product_ids: input.product_ids }))
  emitEventStep({ eventName: PRODUCT_LISTING_SYNCED, data: synced })
  return new WorkflowResponse(updates)
})
