import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncSearchIndexWorkflow } from "../workflows/search/sync-search-index"

/**
 * Stock at a sales point changed (received, sold, reserved, location removed): the products on that
 * inventory level are re-indexed so "available for pickup" filters stay true.
 */
export default async function stockChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Soft-deleted levels still name their item, which is what a deletion needs.
  const rows: { product_id: string }[] = await db
    .distinct("v.product_id")
    .from({ level: "inventory_level" })
    .join({ pvi: "product_variant_inventory_item" }, "pvi.inventory_item_id", "level.inventory_item_id")
    .join({ v: "product_variant" }, "v.id", "pvi.variant_id")
    .where("level.id", event.data.id)
  if (rows.length === 0) return
  await syncSearchIndexWorkflow(container).run({ input: { product_ids: rows.map((row) => row.product_id) } })
}

export const config: SubscriberConfig = {
  event: ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"],
}
