import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import backfillProductListing from "../migration-scripts/backfill-product-listing"

/**
 * `medusa exec ./src/scripts/rebuild-product-listing.ts`: recomputes the listing read model for
 * every product, e.g. after products or certificates were imported with SQL.
 */
export default async function rebuildProductListing({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = performance.now()
  await backfillProductListing({ container })
  logger.info(`Rebuilt the product listing read model in ${Math.round(performance.now() - started)} ms`)
}
