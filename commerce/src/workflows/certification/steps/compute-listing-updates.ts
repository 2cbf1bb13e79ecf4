import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingRow, listingUpdates, type ProductListingRow, type ProductStatusUpdate, type StoredProduct } from "../../../listing/stored-state"

export interface ListingChanges {
  updates: ProductStatusUpdate[]
  rows: ProductListingRow[]
  /** Products that no longer exist: their read-model rows go. */
  removed: string[]
}

/** Reads the given products with their certificates, producer and prices; works out status changes and read-model rows. */
export const computeListingUpdatesStep = createStep(
  "compute-listing-updates",
  async (input: { product_ids: string[]; now?: string; rows_only?: boolean }, { container }) => {
    // An empty id filter would match every product.
    if (input.product_ids.length === 0) return new StepResponse<ListingChanges>({ updates: [], rows: [], removed: [] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const readAt = new Date()
    const { data } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "handle",
        "title",
        "status",
        "metadata",
        "certificates.id",
        "certificates.status",
        "certificates.valid_until",
        "certificates.decision_date",
        "certificates.stars",
        "certificates.product_group",
        "producer.status",
        "producer.handle",
        "variants.prices.amount",
        "variants.prices.currency_code",
      ],
      filters: { id: input.product_ids },
    })
    const now = input.now ? new Date(input.now) : new Date()
    const products = data as unknown as StoredProduct[]
    // rows_only: refresh the read model from the stored state without deciding any status.
    const updates = input.rows_only ? [] : listingUpdates(products, now)
    const statusAfter = new Map(updates.map((update) => [update.id, update.status]))
    const rows = products.map((product) => listingRow(product, statusAfter.get(product.id) ?? product.status, now, readAt))
    const found = new Set(products.map((product) => product.id))
    return new StepResponse<ListingChanges>({ updates, rows, removed: input.product_ids.filter((id) => !found.has(id)) })
  }
)
