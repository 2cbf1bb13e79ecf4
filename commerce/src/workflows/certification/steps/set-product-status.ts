import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductStatusUpdate } from "../../../listing/stored-state"

/**
 * Publishes or delists products as the listing rule requires. Writes through the product module
 * rather than updateProductsWorkflow: an expiry batch touches thousands of products, and one
 * `product-listing.synced` event for the batch replaces thousands of `product.updated` ones.
 * Compensation restores each product's previous status and metadata.
 */
export const setProductStatusStep = createStep(
  "set-product-listing-status",
  async (updates: ProductStatusUpdate[], { container }) => {
    if (updates.length === 0) return new StepResponse([], [])
    const products = container.resolve(Modules.PRODUCT)
    const previous = await products.listProducts({ id: updates.map((u) => u.id) }, { select: ["id", "status", "metadata"] })
    await products.upsertProducts(updates.map((u) => ({ id: u.id, status: u.status, metadata: u.metadata })))
    return new StepResponse(updates, previous.map((p) => ({ id: p.id, status: p.status, metadata: p.metadata ?? {} })))
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const products = container.resolve(Modules.PRODUCT)
    await products.upsertProducts(previous)
  }
)
