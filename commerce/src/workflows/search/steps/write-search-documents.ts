import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type SearchModuleService from "../../../modules/product-search/service"
import { loadSearchDocuments } from "../../../search/documents"

/**
 * Reads the products as they are now and writes their documents to the search index, removing the
 * ones that can no longer be listed. Idempotent: a retry or a later run converges on the same index,
 * so there is nothing to compensate.
 */
export const writeSearchDocumentsStep = createStep("write-search-documents", async (input: { product_ids: string[] }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
  const { documents, removed } = await loadSearchDocuments(query, [...new Set(input.product_ids)])
  await search.upsert(documents)
  await search.remove(removed)
  return new StepResponse({ indexed: documents.length, removed: removed.length })
})
