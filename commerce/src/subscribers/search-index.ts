import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_LISTING_SYNCED } from "../workflows/certification/events"
import { syncSearchIndexWorkflow } from "../workflows/search/sync-search-index"

/**
 * Every change that can add a product to results or take it out (product edits, certificate
 * decisions, expiry, producer status) ends in a listing sync; the search index follows it.
 */
export default async function searchIndex({ event, container }: SubscriberArgs<{ product_ids: string[] }>) {
  await syncSearchIndexWorkflow(container).run({ input: { product_ids: event.data.product_ids } })
}

export const config: SubscriberConfig = {
  event: PRODUCT_LISTING_SYNCED,
}
