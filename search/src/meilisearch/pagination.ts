/**
 * Meilisearch counts hits exactly (`totalHits`) only in page mode (`page` + `hitsPerPage`); with
 * `offset`/`limit` it answers `estimatedTotalHits`. An offset and limit are turned into the
 * smallest page that covers them, and the hits before `offset` are skipped.
 */
export interface PageRequest {
  page: number
  hitsPerPage: number
  /** Hits of the page before the requested offset. */
  skip: number
}

export function pageRequest(offset: number, limit: number): PageRequest {
  if (limit <= 0) return { page: 1, hitsPerPage: 0, skip: 0 }
  // Ends at the latest when size = offset + limit (page 1 from 0); usually within a few steps.
  for (let size = limit; ; size++) {
    const start = Math.floor(offset / size) * size
    if (offset + limit <= start + size) return { page: start / size + 1, hitsPerPage: size, skip: offset - start }
  }
}

export interface TierSlice {
  tier: number
  offset: number
  limit: number
}

/**
 * Where a page falls when results are listed tier after tier (exact matches first): for each tier
 * the page touches, the offset and limit inside that tier.
 */
export function tierSlices(counts: readonly number[], offset: number, limit: number): TierSlice[] {
  const slices: TierSlice[] = []
  let start = 0
  counts.forEach((count, tier) => {
    const from = Math.max(offset, start)
    const to = Math.min(offset + limit, start + count)
    if (from < to) slices.push({ tier, offset: from - start, limit: to - from })
    start += count
  })
  return slices
}
