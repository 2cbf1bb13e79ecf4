import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { makeProductImageVariantsWorkflow } from "../workflows/product-images/make-product-image-variants"

/** Images added to a product in the admin, the producer portal or the seed get their AVIF/WebP variants once, here, not per request. */
export default async function productImages({ event, container }: SubscriberArgs<{ id: string }>) {
  await makeProductImageVariantsWorkflow(container).run({ input: { product_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated"],
}
