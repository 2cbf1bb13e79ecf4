import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import type { ProductListingRow } from "../../../listing/stored-state"

const ATTEMPTS = 3

/** Writes the products' rows in the listing read model; compensation restores the rows as they were. */
export const upsertProductListingsStep = createStep(
  "upsert-product-listings",
  async ({ rows, removed }: { rows: ProductListingRow[]; removed: string[] }, { container }) => {
    const productIds = [...rows.map((row) => row.product_id), ...removed]
    if (productIds.length === 0) return new StepResponse([], { previous: [], created: [] as string[] })
    const listing = container.resolve<ListingModuleService>(LISTING_MODULE)
    // Two syncs of a new product (the product-created subscriber and a workflow) can both find no
    // row and both insert; the loser reads again and updates the row the winner wrote.
    for (let attempt = 1; ; attempt++) {
      try {
        return await writeListings(listing, rows, removed, productIds)
      } catch (error) {
        if (attempt >= ATTEMPTS || !/already exists|unique|duplicate key/i.test((error as Error).message)) throw error
      }
    }
  },
  async (undo, { container }) => {
    if (!undo) return
    const listing = container.resolve<ListingModuleService>(LISTING_MODULE)
    if (undo.created.length > 0) await listing.deleteProductListings(undo.created)
    if (undo.previous.length > 0) {
      await listing.restoreProductListings(undo.previous.map((row) => row.id))
      await listing.updateProductListings(undo.previous)
    }
  }
)

async function writeListings(listing: ListingModuleService, rows: ProductListingRow[], removed: string[], productIds: string[]) {
  const existing = await listing.listProductListings({ product_id: productIds })
  const gone = existing.filter((row) => removed.includes(row.product_id)).map((row) => row.id)
  if (gone.length > 0) await listing.softDeleteProductListings(gone)
  const idByProduct = new Map(existing.map((row) => [row.product_id, row.id]))
  // Syncs may overlap (a subscriber and a workflow); the facts read last win.
  const readLater = new Map(existing.map((row) => [row.product_id, row.synced_at ? new Date(row.synced_at).getTime() : 0]))
  const toUpdate = rows
    .filter((row) => idByProduct.has(row.product_id) && new Date(row.synced_at).getTime() >= (readLater.get(row.product_id) ?? 0))
    .map((row) => ({ ...row, id: idByProduct.get(row.product_id)! }))
  const toCreate = rows.filter((row) => !idByProduct.has(row.product_id))
  const [updated, created] = await Promise.all([
    toUpdate.length > 0 ? listing.updateProductListings(toUpdate) : Promise.resolve([]),
    toCreate.length > 0 ? listing.createProductListings(toCreate) : Promise.resolve([]),
  ])
  return new StepResponse([...updated, ...created], { previous: existing, created: created.map((row) => row.id) })
}
