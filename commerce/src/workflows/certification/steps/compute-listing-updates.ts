import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingUpdates, type StoredProduct } from "../../../listing/stored-state"

/** Reads the given products with their certificates and producer, and works out which must change status. */
export const computeListingUpdatesStep = createStep("compute-listing-updates", async (input: { product_ids: string[]; now?: string }, { container }) => {
  // An empty id filter would match every product.
  if (input.product_ids.length === 0) return new StepResponse([])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "metadata", "certificates.status", "certificates.valid_until", "certificates.decision_date", "producer.status"],
    filters: { id: input.product_ids },
  })
  return new StepResponse(listingUpdates(data as unknown as StoredProduct[], input.now ? new Date(input.now) : new Date()))
})
