import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type SearchModuleService from "../modules/product-search/service"
import { allSearchDocuments } from "../search/documents"

function progressBar(done: number, total: number): string {
  const width = 30
  const share = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(share * width)
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} products`
}

/**
 * `npm run search:reindex`: rebuilds the whole search index beside the live one and swaps it in,
 * printing progress. Needed after switching engines or importing products with SQL.
 */
export default async function searchReindex({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0
  const engine = await search.engine()
  const started = performance.now()
  process.stdout.write(`Reindexing ${total} products into the ${engine.name} search engine\n`)
  const { indexed } = await search.reindex(
    allSearchDocuments(query, (scanned) => process.stdout.write(`\r${progressBar(scanned, total)}`))
  )
  const health = await search.health()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(`\nSwapped in a new index: ${indexed} listable products of ${total} in ${seconds} s (${health.documents ?? "?"} documents)\n`)
}
