/**
 * Cache policy for server-rendered pages: short, so a delisted product disappears within seconds,
 * but long enough for a burst of shoppers to share one render through a CDN.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60"
/** Error pages (404, 410) are cached briefly too, so a relisted product comes back quickly. */
export const ERROR_CACHE_CONTROL = "public, max-age=10"
