import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncProductListingWorkflow } from "../workflows/certification/sync-product-listing"

/**
 * A producer's name, place or status changed: their products' rows in the listing read model (and,
 * through the listing sync, the search index) follow, so a suspended producer's products leave the
 * catalogue and search at once.
 */
export default async function producerChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: event.data.id }, withDeleted: true })
  const productIds = ((data[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? []).flatMap((product) => (product ? [product.id] : []))
  if (productIds.length === 0) return
  await syncProductListingWorkflow(container).run({ input: { product_ids: productIds, rows_only: true } })
}

export const config: SubscriberConfig = {
  event: ["producer.producer.updated"],
}
