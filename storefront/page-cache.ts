// A shared cache inside the storefront process for anonymous page views: what a CDN in front would
// do with the pages' own `Cache-Control: public, s-maxage=…`, held for at most STOREFRONT_PAGE_CACHE_MS
// (1 s by default) so that a revoked certificate or a new price shows within a second. A burst of
// shoppers on one product then costs one render a second instead of one per view.
//
// Only requests without any cookie use it: a shopper with a cart, a login or a pending message sees a
// personal header, and the Astro middleware marks such responses private anyway.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http"

const SHARED_MAX_AGE = /(?:^|,)\s*s-maxage=(\d+)/i
const PUBLIC = /(?:^|,)\s*public\s*(?:,|$)/i
const CACHEABLE_STATUS = new Set([200, 404, 410])

interface Entry {
  statusCode: number
  headers: OutgoingHttpHeaders
  body: Buffer
  storedAt: number
  expires: number
}

/** How long a finished response may be shared, in ms, at most `capMs`; 0 when it must not be. */
export function sharedLifetime(statusCode: number, headers: OutgoingHttpHeaders, capMs: number): number {
  if (!CACHEABLE_STATUS.has(statusCode) || headers["set-cookie"] !== undefined) return 0
  const policy = String(headers["cache-control"] ?? "")
  if (!PUBLIC.test(policy)) return 0
  return Math.min(Number(SHARED_MAX_AGE.exec(policy)?.[1] ?? 0) * 1000, capMs)
}

export interface PageCacheOptions {
  capMs: number
  maxEntries?: number
  now?: () => number
}

/**
 * Connect-style middleware. Placed before the compression middleware, it stores the bytes as sent,
 * compressed for the Accept-Encoding that asked, which is part of the key.
 */
export function createPageCache({ capMs, maxEntries = 1000, now = Date.now }: PageCacheOptions) {
  const entries = new Map<string, Entry>()

  return function pageCache(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    if (capMs <= 0 || req.method !== "GET" || req.headers.cookie) return next()
    const key = `${req.headers["accept-encoding"] ?? ""}\n${req.url ?? ""}`
    const cached = entries.get(key)
    if (cached && cached.expires > now()) {
      res.writeHead(cached.statusCode, { ...cached.headers, age: String(Math.floor((now() - cached.storedAt) / 1000)) })
      res.end(cached.body)
      return
    }

    const chunks: Buffer[] = []
    const keep = (chunk: unknown) => {
      if (typeof chunk === "string" || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
    }
    // Headers given to writeHead as an object never reach getHeaders(); keep them as well.
    let headed: OutgoingHttpHeaders = {}
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
    res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
      const given = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg))
      if (given) headed = Object.fromEntries(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]))
      return writeHead(statusCode, ...rest)
    }) as ServerResponse["writeHead"]
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk)
      return write(chunk, ...rest)
    }) as ServerResponse["write"]
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk)
      return end(chunk, ...rest)
    }) as ServerResponse["end"]
    res.once("finish", () => {
      const headers = { ...headed, ...res.getHeaders() }
      const lifetime = sharedLifetime(res.statusCode, headers, capMs)
      if (lifetime === 0) return
      entries.delete(key)
      // Oldest out first: a Map keeps insertion order.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
      const storedAt = now()
      entries.set(key, { statusCode: res.statusCode, headers, body: Buffer.concat(chunks), storedAt, expires: storedAt + lifetime })
    })
    next()
  }
}
