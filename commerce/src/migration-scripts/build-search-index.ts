import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type SearchModuleService from "../modules/product-search/service"
import { allSearchDocuments } from "../search/documents"

/** Runs once on `medusa db:migrate`: fills the search index with the products that existed before it. */
export default async function buildSearchIndex({ container }: { container: MedusaContainer }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
  const { indexed } = await search.reindex(allSearchDocuments(query))
  logger.info(`Search index built with ${indexed} products`)
}
