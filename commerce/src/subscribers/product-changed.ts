import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncProductListingWorkflow } from "../workflows/certification/sync-product-listing"

/**
 * A product created, edited (title, status, prices) or deleted in the admin or the producer portal
 * updates its row in the listing read model, so the catalogue never shows stale facts. It does not
 * decide the product's status: that follows certificates, in the certification workflows.
 */
export default async function productChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncProductListingWorkflow(container).run({ input: { product_ids: [event.data.id], rows_only: true } })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
}
