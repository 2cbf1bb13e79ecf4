import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncProductListingWorkflow } from "../workflows/certification/sync-product-listing"

const BATCH = 500

/** Runs once on `medusa db:migrate`: builds the listing read model for products that existed before it. */
export default async function backfillProductListing({ container }: { container: MedusaContainer }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let offset = 0; ; offset += BATCH) {
    const { data } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: offset, take: BATCH, order: { id: "ASC" } } })
    if (data.length === 0) return
    await syncProductListingWorkflow(container).run({ input: { product_ids: data.map((p: { id: string }) => p.id) } })
    if (data.length < BATCH) return
  }
}
