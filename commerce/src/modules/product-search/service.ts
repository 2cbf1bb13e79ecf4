import type { Logger } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  createMeilisearchEngine,
  createPostgresEngine,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "@ocop/search"

export interface SearchModuleOptions {
  /** Set from MEILISEARCH_HOST; without it the Postgres engine indexes into the commerce database. */
  meilisearch?: { host: string; apiKey?: string; indexUid?: string }
}

type Dependencies = { __pg_connection__: Knex; logger: Logger }

/** The pg settings of the database Medusa itself uses, so the Postgres engine needs no setting of its own. */
function commerceConnection(knex: Knex): { connectionString?: string; ssl?: unknown } {
  const connection = (knex.client as { config: { connection?: unknown } }).config.connection
  if (typeof connection === "string") return { connectionString: connection }
  const { connectionString, ssl } = (connection ?? {}) as { connectionString?: string; ssl?: unknown }
  return { connectionString, ssl }
}

/**
 * Product search behind the `SearchEngine` interface of @ocop/search: Meilisearch when configured,
 * otherwise the Postgres engine in the commerce database. Both re-apply the listing rule on every
 * search, so results never include a product whose certificate has lapsed.
 */
export default class SearchModuleService {
  private readonly dependencies: Dependencies
  private readonly options: SearchModuleOptions
  private engine_: SearchEngine | undefined
  private ready_: Promise<void> | undefined

  constructor(dependencies: Dependencies, options: SearchModuleOptions = {}) {
    this.dependencies = dependencies
    this.options = options
  }

  /** The engine in use, with its index created and configured (once per process). */
  async engine(): Promise<SearchEngine> {
    if (!this.engine_) {
      const { meilisearch } = this.options
      this.engine_ = meilisearch
        ? createMeilisearchEngine(meilisearch)
        : createPostgresEngine({ connection: commerceConnection(this.dependencies.__pg_connection__) as never })
    }
    const engine = this.engine_
    this.ready_ ??= engine.applySettings().catch((error: unknown) => {
      this.ready_ = undefined
      throw error
    })
    await this.ready_
    return engine
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return (await this.engine()).search(query)
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length > 0) await (await this.engine()).upsert(documents)
  }

  async remove(productIds: string[]): Promise<void> {
    if (productIds.length > 0) await (await this.engine()).remove(productIds)
  }

  async reindex(batches: AsyncIterable<SearchDocument[]>, onProgress?: (progress: { indexed: number }) => void) {
    return (await this.engine()).reindex(batches, onProgress)
  }

  async health() {
    return (await this.engine()).health()
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.engine_?.close()
    },
  }
}
