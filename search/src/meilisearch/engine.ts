import { Meilisearch, type EnqueuedTaskPromise, type FacetDistribution, type MatchingStrategies, type MultiSearchQuery, type MultiSearchResult, type RecordAny } from "meilisearch"
import type { SearchDocument } from "../document.ts"
import type { EngineHealth, ReindexProgress, SearchEngine } from "../engine.ts"
import { noResult, page, prepareText, type SearchFacets, type SearchQuery, type SearchResult, type SearchSort } from "../query.ts"
import { allOf, baseFilter, containsEvery, not, numberLiteral } from "./filter.ts"
import { pageRequest, tierSlices } from "./pagination.ts"
import { attributes, facetAttributes, fromStored, indexSettings, queryMarks, toStoredDocument, type StoredDocument } from "./stored.ts"

export interface MeilisearchEngineOptions {
  host: string
  apiKey?: string
  /** Index holding the products; a rebuild works in `${indexUid}_next` beside it. */
  indexUid?: string
  /** How long to wait for one Meilisearch task (settings, a batch of documents, a swap). */
  taskTimeoutMs?: number
}

const BATCH = 1000

/** Ties end on the id, so pages never overlap; the same orders as the Postgres engine. */
const orderBy: Record<Exclude<SearchSort, "relevance">, string[]> = {
  newest: [`${attributes.decisionDate}:desc`, `${attributes.id}:desc`],
  stars: [`${attributes.stars}:desc`, `${attributes.decisionDate}:desc`, `${attributes.id}:desc`],
  price_asc: [`${attributes.priced}:desc`, `${attributes.price}:asc`, `${attributes.id}:asc`],
  price_desc: [`${attributes.priced}:desc`, `${attributes.price}:desc`, `${attributes.id}:desc`],
}

interface TextRequest {
  q: string
  filter: string
  sort: string[] | undefined
  matchingStrategy: MatchingStrategies
}

interface Found {
  hits: SearchDocument[]
  total: number
  facets: SearchFacets
}

function assertIndexUid(uid: string): string {
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(uid)) throw new Error(`Invalid Meilisearch index uid "${uid}"`)
  return uid
}

function totalOf(result: MultiSearchResult<RecordAny>): number {
  return result.totalHits ?? result.estimatedTotalHits ?? result.hits.length
}

function facetsOf(distribution: FacetDistribution | undefined): SearchFacets {
  const stars: Record<string, number> = {}
  // Keys of a numeric facet are the numbers as text; written as "4", like the Postgres engine.
  for (const [value, count] of Object.entries(distribution?.[attributes.stars] ?? {})) stars[String(Number(value))] = count
  return {
    group: { ...distribution?.[attributes.group] },
    stars,
    province: { ...distribution?.[attributes.province] },
  }
}

/**
 * Meilisearch behind the SearchEngine interface. Text is matched on folded copies (what shoppers
 * type without marks); the listing rule is ANDed into every filter, so hits and facet counts
 * never include a product that is not sellable at `query.now`.
 *
 * Exact diacritics: Meilisearch folds marks when it tokenizes, so ranking alone cannot tell "bạc hà"
 * (mint) from "Bắc Hà" (the place). When the shopper typed marks and sorts by relevance, results
 * are listed in tiers built with filters on the words each document writes with marks: every
 * marked query word in the title, then anywhere in the text, then the rest; Meilisearch's
 * relevance orders each tier. This mirrors the Postgres engine's exact-title and exact-text
 * bonuses and holds across pages, unlike re-ranking only the page in hand.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = "meilisearch"
  readonly indexUid: string
  private readonly client: Meilisearch
  private readonly taskTimeoutMs: number

  constructor(options: MeilisearchEngineOptions) {
    this.indexUid = assertIndexUid(options.indexUid ?? "ocop_products")
    this.taskTimeoutMs = options.taskTimeoutMs ?? 120_000
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey })
  }

  async applySettings(): Promise<void> {
    await this.prepareIndex(this.indexUid)
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.write(this.indexUid, documents)
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    // Nothing to remove from an index that was never created.
    await this.settle(this.client.index(this.indexUid).deleteDocuments(ids), "remove documents", ["index_not_found"])
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { limit, offset } = page(query)
    const filter = baseFilter(query.filters, query.now ?? new Date())
    const text = prepareText(query.q)
    if (text.unmatchable) return noResult(query)
    const sort = query.sort ?? "relevance"
    const hasText = text.terms.length > 0
    const marks = sort === "relevance" ? queryMarks(text.exact) : []
    const order = sort !== "relevance" ? orderBy[sort] : hasText ? undefined : orderBy.stars
    // Every query word must match first (typos and a prefix last word allowed); only when that
    // finds nothing do trailing words become optional, as the Postgres engine falls back to
    // trigram similarity.
    const strategies: MatchingStrategies[] = hasText ? ["all", "last"] : ["all"]
    let found: Found = { hits: [], total: 0, facets: facetsOf(undefined) }
    for (const matchingStrategy of strategies) {
      const request: TextRequest = { q: text.folded, filter, sort: order, matchingStrategy }
      found = marks.length > 0 ? await this.searchInTiers(request, marks, offset, limit) : await this.searchOnce(request, offset, limit)
      if (found.total > 0) break
    }
    return { ...found, limit, offset }
  }

  async reindex(batches: AsyncIterable<SearchDocument[]>, onProgress?: (progress: ReindexProgress) => void): Promise<{ indexed: number }> {
    await this.applySettings()
    const next = `${this.indexUid}_next`
    const started = Date.now()
    // A rebuild that died half way leaves its index behind: start clean.
    await this.settle(this.client.deleteIndex(next), `delete ${next}`, ["index_not_found"])
    await this.prepareIndex(next)
    let indexed = 0
    for await (const batch of batches) {
      await this.write(next, batch)
      indexed += batch.length
      onProgress?.({ indexed })
    }
    await this.carryOverWritesSince(started, next)
    await this.settle(this.client.swapIndexes([{ indexes: [this.indexUid, next], rename: false }]), `swap ${next} in`)
    // After the swap `next` holds the old documents.
    await this.settle(this.client.deleteIndex(next), `delete the replaced index`, ["index_not_found"])
    return { indexed }
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.client.health()
      const stats = await this.client.index(this.indexUid).getStats()
      return { ok: true, engine: this.name, documents: stats.numberOfDocuments }
    } catch (error) {
      return { ok: false, engine: this.name, message: error instanceof Error ? error.message : String(error) }
    }
  }

  async close(): Promise<void> {
    // The client holds no connections of its own (fetch), so there is nothing to release.
  }

  private async searchOnce(request: TextRequest, offset: number, limit: number): Promise<Found> {
    const window = pageRequest(offset, limit)
    const [result] = await this.multiSearch([
      { ...this.query(request), facets: facetAttributes, page: window.page, hitsPerPage: window.hitsPerPage },
    ])
    if (!result) throw new Error("Meilisearch returned no result for the search")
    return {
      hits: result.hits.slice(window.skip, window.skip + limit).map(fromStored),
      total: totalOf(result),
      facets: facetsOf(result.facetDistribution),
    }
  }

  /** Exact-mark matches in the title, then in the text, then the rest (see the class comment). */
  private async searchInTiers(request: TextRequest, marks: string[], offset: number, limit: number): Promise<Found> {
    const inTitle = containsEvery(attributes.titleMarks, marks)
    const inText = containsEvery(attributes.textMarks, marks)
    const tiers = [
      allOf([request.filter, inTitle]),
      allOf([request.filter, inText, not(inTitle)]),
      allOf([request.filter, not(inText)]),
    ]
    // First the total and facets of the whole result, and the size of each tier but the last.
    const counted = await this.multiSearch([
      { ...this.query(request), facets: facetAttributes, page: 1, hitsPerPage: 0 },
      ...tiers.slice(0, -1).map((filter) => ({ ...this.query({ ...request, filter }), page: 1, hitsPerPage: 0 })),
    ])
    const [all, ...tierResults] = counted
    if (!all) throw new Error("Meilisearch returned no result for the search")
    const total = totalOf(all)
    const counts = tierResults.map(totalOf)
    counts.push(Math.max(0, total - counts.reduce((sum, count) => sum + count, 0)))

    // Then the page, from the tiers it spans.
    const slices = tierSlices(counts, offset, limit)
    const windows = slices.map((slice) => pageRequest(slice.offset, slice.limit))
    const pages = slices.length === 0 ? [] : await this.multiSearch(
      slices.map((slice, i) => ({ ...this.query({ ...request, filter: tiers[slice.tier]! }), page: windows[i]!.page, hitsPerPage: windows[i]!.hitsPerPage }))
    )
    const hits = pages.flatMap((result, i) => {
      const { skip } = windows[i]!
      return result.hits.slice(skip, skip + slices[i]!.limit).map(fromStored)
    })
    return { hits, total, facets: facetsOf(all.facetDistribution) }
  }

  private query(request: TextRequest): MultiSearchQuery {
    return {
      indexUid: this.indexUid,
      q: request.q,
      filter: request.filter,
      matchingStrategy: request.matchingStrategy,
      ...(request.sort ? { sort: request.sort } : {}),
    }
  }

  private async multiSearch(queries: MultiSearchQuery[]): Promise<MultiSearchResult<RecordAny>[]> {
    const response = await this.client.multiSearch({ queries })
    return response.results
  }

  private async prepareIndex(uid: string): Promise<void> {
    await this.settle(this.client.createIndex(uid, { primaryKey: attributes.id }), `create index ${uid}`, ["index_already_exists"])
    await this.settle(this.client.index(uid).updateSettings(indexSettings()), `settings of ${uid}`)
  }

  private async write(uid: string, documents: SearchDocument[]): Promise<void> {
    const indexedAt = Date.now()
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH).map((document) => toStoredDocument(document, indexedAt))
      await this.settle(this.client.index<StoredDocument>(uid).addDocuments(batch, { primaryKey: attributes.id }), `add documents to ${uid}`)
    }
  }

  /**
   * Documents the live sync wrote while the rebuild ran are newer than what the rebuild read:
   * copy them over before the swap. (Writes landing between this copy and the swap are lost to
   * the rebuild, a window of one request; deletions during the rebuild are not replayed, as in
   * the Postgres engine.)
   */
  private async carryOverWritesSince(started: number, next: string): Promise<void> {
    const live = this.client.index<StoredDocument>(this.indexUid)
    for (let offset = 0; ; offset += BATCH) {
      const { results } = await live.getDocuments({ filter: `${attributes.indexedAt} >= ${numberLiteral(started)}`, limit: BATCH, offset })
      if (results.length > 0) {
        await this.settle(this.client.index<StoredDocument>(next).addDocuments(results, { primaryKey: attributes.id }), `carry writes over to ${next}`)
      }
      if (results.length < BATCH) return
    }
  }

  /** Waits for a task; throws unless it succeeded or failed with one of the `tolerated` error codes. */
  private async settle(task: EnqueuedTaskPromise, what: string, tolerated: string[] = []): Promise<void> {
    const done = await task.waitTask({ timeout: this.taskTimeoutMs, interval: 50 })
    if (done.status === "succeeded") return
    if (done.error && tolerated.includes(done.error.code)) return
    throw new Error(`Meilisearch task to ${what} ${done.status}: ${done.error?.message ?? "no reason given"}`)
  }
}

/** The Meilisearch engine, used when MEILISEARCH_HOST is set. */
export function createMeilisearchEngine(options: MeilisearchEngineOptions): MeilisearchSearchEngine {
  return new MeilisearchSearchEngine(options)
}
