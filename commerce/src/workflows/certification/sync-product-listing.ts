import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_LISTING_SYNCED } from "./events"
import { computeListingUpdatesStep } from "./steps/compute-listing-updates"
import { setProductStatusStep } from "./steps/set-product-status"
import { upsertProductListingsStep } from "./steps/upsert-product-listings"

const LISTING_SYNC_LOCK = "ocop:sync-product-listing"

export interface SyncProductListingInput {
  product_ids: string[]
  /** ISO instant to judge validity at; defaults to now. */
  now?: string
}

/**
 * Brings the given products in line with the listing rule: their stored status (see
 * listing/stored-state.ts) and their row in the listing read model the catalogue queries.
 */
export const syncProductListingWorkflow = createWorkflow("sync-product-listing", (input: SyncProductListingInput) => {
  // Syncs run one at a time (also as sub-workflows): each reads and writes under the lock, so a
  // sync that read a product before its certificate was linked cannot overwrite a later one.
  const lock = transform({ input }, () => ({
    key: LISTING_SYNC_LOCK,
    ownerId: `sync-product-listing-${randomUUID()}`,
    timeout: 120,
    ttl: 180,
    executeOnSubWorkflow: true,
  }))
  acquireLockStep(lock)
  const changes = computeListingUpdatesStep(input)
  const updates = transform({ changes }, ({ changes }) => changes.updates)
  setProductStatusStep(updates)
  const readModel = transform({ changes }, ({ changes }) => ({ rows: changes.rows, removed: changes.removed }))
  upsertProductListingsStep(readModel)
  const synced = transform({ input }, ({ input }) => ({ product_ids: input.product_ids }))
  releaseLockStep({ key: lock.key, ownerId: lock.ownerId, executeOnSubWorkflow: true })
  emitEventStep({ eventName: PRODUCT_LISTING_SYNCED, data: synced })
  return new WorkflowResponse(updates)
})
