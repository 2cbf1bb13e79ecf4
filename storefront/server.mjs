// The storefront's production server: Astro's own Node handler (pages and static assets, as in
// standalone mode) behind the `compression` middleware, because @astrojs/node sends every response
// uncompressed. Brotli (quality 4, cheap enough per request) or gzip, whichever the browser accepts.
// In front of both, a one-second shared cache for anonymous page views (page-cache.ts), and before
// everything a readable 400 page for a URL with malformed percent-encoding (bad-request.ts).
import http from "node:http"
import compression from "compression"
import { refuseUnreadableUrl } from "./bad-request.ts"
import { createPageCache } from "./page-cache.ts"

// The built entry starts its own server on import unless told not to; this one replaces it.
process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { handler, options } = await import("./dist/server/entry.mjs")

const compress = compression({ threshold: 1024 })
const pageCache = createPageCache({ capMs: Number(process.env.STOREFRONT_PAGE_CACHE_MS ?? 1000) })
const port = Number(process.env.PORT ?? options.port ?? 4321)
const host = process.env.HOST ?? (options.host === true ? "0.0.0.0" : options.host || "localhost")

// Astro writes a page's own status (Astro.response.status = 400) with the status text "OK", which
// browsers log as "400 (OK)"; the reason phrase is made to match the code.
function reasonPhraseFollowsStatus(res) {
  const writeHead = res.writeHead
  res.writeHead = function (status, ...rest) {
    if (res.statusMessage === "OK" && status !== 200) res.statusMessage = http.STATUS_CODES[status] ?? ""
    return writeHead.call(this, status, ...rest)
  }
}

const server = http.createServer((req, res) => {
  refuseUnreadableUrl(req, res, () =>
    pageCache(req, res, () =>
      compress(req, res, (error) => {
        if (error) {
          res.statusCode = 500
          res.end()
          return
        }
        reasonPhraseFollowsStatus(res)
        handler(req, res)
      })
    )
  )
})
server.listen(port, host, () => {
  console.log(`Storefront listening on http://${host}:${port}`)
})

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    // Keep-alive connections would hold close() open; give in-flight requests a moment, then go.
    setTimeout(() => process.exit(0), 2000).unref()
    server.closeIdleConnections()
  })
}
