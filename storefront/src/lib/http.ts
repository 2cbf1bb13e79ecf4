/**
 * Cache policy for server-rendered pages. Browsers always revalidate (max-age=0), so a product
 * whose certificate was just revoked is gone on the shopper's next load; a shared cache (CDN) may
 * serve one render to a burst of shoppers for a few seconds.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=10"
/** Error pages (404, 410): same rule, so a relisted product comes back just as quickly. */
export const ERROR_CACHE_CONTROL = "public, max-age=0, s-maxage=10"
