import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productMetadataLock } from "../../../listing/metadata-lock"
import type { ProductStatusUpdate } from "../../../listing/stored-state"

const DELISTED_KEY = "ocop_delisted"

/** What the rule decides for a product: its status and its delisting mark. */
type ListingDecision = { id: string; status: string; delisted: unknown }

/**
 * Writes each decision under the products' metadata locks (listing/metadata-lock.ts), sending only the
 * delisting mark for Medusa to merge into the metadata: the decision was computed from an earlier
 * read, and a producer may have saved other keys since. Answers what each product had before.
 */
async function applyDecisions(container: MedusaContainer, decisions: ListingDecision[]): Promise<ListingDecision[]> {
  const products = container.resolve(Modules.PRODUCT)
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(decisions.map((decision) => productMetadataLock(decision.id)), async () => {
    const current = await products.listProducts({ id: decisions.map((decision) => decision.id) }, { select: ["id", "status", "metadata"] })
    const byId = new Map(current.map((product) => [product.id, product]))
    const known = decisions.filter((decision) => byId.has(decision.id))
    await products.upsertProducts(
      known.map((decision) => ({
        id: decision.id,
        status: decision.status as "draft" | "published",
        metadata: { [DELISTED_KEY]: decision.delisted ?? null },
      }))
    )
    return known.map((decision) => {
      const before = byId.get(decision.id)!
      return { id: decision.id, status: before.status, delisted: before.metadata?.[DELISTED_KEY] ?? null }
    })
  })
}

/**
 * Publishes or delists products as the listing rule requires. Writes through the product module
 * rather than updateProductsWorkflow: an expiry batch touches thousands of products, and one
 * `product-listing.synced` event for the batch replaces thousands of `product.updated` ones.
 * Compensation puts back each product's previous status and delisting mark.
 */
export const setProductStatusStep = createStep(
  "set-product-listing-status",
  async (updates: ProductStatusUpdate[], { container }) => {
    if (updates.length === 0) return new StepResponse([], [])
    const previous = await applyDecisions(container, updates.map((update) => ({ id: update.id, status: update.status, delisted: update.metadata[DELISTED_KEY] })))
    return new StepResponse(updates, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await applyDecisions(container, previous)
  }
)
