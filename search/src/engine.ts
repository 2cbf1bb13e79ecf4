import type { SearchDocument } from "./document.ts"
import type { SearchQuery, SearchResult } from "./query.ts"

export interface EngineHealth {
  ok: boolean
  engine: string
  /** Documents in the index (including ones the listing rule hides right now). */
  documents?: number
  message?: string
}

export interface ReindexProgress {
  indexed: number
}

/**
 * What the marketplace needs from a search engine. Every implementation applies the listing rule
 * (certificate active and valid_until > now) to hits and facet counts itself; no option turns it off.
 */
export interface SearchEngine {
  readonly name: string
  /** Creates the index and applies its settings; safe to call any number of times. */
  applySettings(): Promise<void>
  /** Adds or replaces documents; resolves when they are searchable. */
  upsert(documents: SearchDocument[]): Promise<void>
  /** Removes documents by product id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  /**
   * Rebuilds the whole index from `batches` beside the live one and swaps it in at once, so
   * searches never see a half-built index.
   */
  reindex(batches: AsyncIterable<SearchDocument[]>, onProgress?: (progress: ReindexProgress) => void): Promise<{ indexed: number }>
  health(): Promise<EngineHealth>
  close(): Promise<void>
}
