import { get, type IncomingHttpHeaders } from "node:http"
import { join } from "node:path"
import { cpus, loadavg } from "node:os"
import { brotliCompressSync, constants } from "node:zlib"
import autocannon from "autocannon"
import { chromium } from "playwright"
import { dataDir } from "../marketplace/paths.ts"
import { launchMarketplace } from "../marketplace/marketplace.ts"

/**
 * Storefront budgets (issue 4), against the marketplace started the way `npm start` starts it (own
 * data in .data/bench-storefront; NODE_ENV=production; commerce on the same machine):
 * - product page SSR: p50 time to first byte < 30 ms (one request at a time) and ≥ 300 requests/s
 *   at 20 connections, compressed as a browser asks (autocannon), as served to anonymous visitors
 *   (with the storefront's one-second page cache), and the same figures for a render per request;
 * - JavaScript shipped by home, catalogue and product page, compressed, as Chromium loads them
 *   (product page ≤ 20 KB);
 * - Lighthouse, mobile preset, median of 3 runs in Debian Chromium: performance ≥ 95,
 *   accessibility, best practices and SEO 100.
 */

const budget = { ttfbP50Ms: 30, requestsPerSecond: 300, productJsKb: 20, performance: 95, accessibility: 100, bestPractices: 100, seo: 100 }
const connections = 20
const loadSeconds = Number(process.env.BENCH_STOREFRONT_SECONDS ?? 20)
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const chromiumFlags = ["--headless", "--no-sandbox", "--disable-gpu"]
const acceptEncoding = "br, gzip"

const marketplace = await launchMarketplace({
  dataDir: join(dataDir, "bench-storefront"),
  postgresPort: Number(process.env.BENCH_POSTGRES_PORT ?? 54459),
  databaseName: "ocop_bench_storefront",
  commercePort: Number(process.env.BENCH_COMMERCE_PORT ?? 9900),
  storefrontPort: Number(process.env.BENCH_STOREFRONT_PORT ?? 5121),
  quiet: true,
})
const loadBefore = loadavg()

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const median = (samples: number[]) => percentile(samples, 50)

const rows: string[][] = []
const details: string[] = []
let failed = false
function record(name: string, measured: string, pass: boolean | null) {
  rows.push([name, measured, pass === null ? "—" : pass ? "pass" : "FAIL"])
  if (pass === false) failed = true
}

try {
  const site = marketplace.storefrontUrl
  const listed = await fetch(`${marketplace.commerceUrl}/store/ocop/products?limit=1&order=stars`, { headers: { "x-publishable-api-key": marketplace.publishableKey } })
  const { products } = (await listed.json()) as { products: { handle: string }[] }
  const productPath = `/san-pham/${products[0]!.handle}`
  const pages = [
    { name: "home", path: "/" },
    { name: "catalogue", path: "/san-pham" },
    { name: "product", path: productPath },
  ]

  // (a) Product page server rendering.
  // node:http rather than fetch, which would decode the body: the size on the wire is the point.
  const probe = await new Promise<{ status: number; headers: IncomingHttpHeaders; bytes: number }>((resolve, reject) => {
    get(`${site}${productPath}`, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
      let bytes = 0
      response.on("data", (chunk: Buffer) => (bytes += chunk.length))
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }))
    }).on("error", reject)
  })
  details.push(`product page ${productPath}: ${probe.status}, content-encoding ${probe.headers["content-encoding"] ?? "none"}, ${(probe.bytes / 1024).toFixed(1)} KB on the wire, cache-control "${probe.headers["cache-control"]}"`)
  if (probe.status !== 200) throw new Error(`${productPath} answered ${probe.status}`)

  for (let i = 0; i < 50; i++) await (await fetch(`${site}${productPath}`, { headers: { "accept-encoding": acceptEncoding } })).arrayBuffer()
  const ttfb: number[] = []
  for (let i = 0; i < 300; i++) {
    const started = performance.now()
    // fetch resolves when the status line and headers arrive: the first byte.
    const response = await fetch(`${site}${productPath}`, { headers: { "accept-encoding": acceptEncoding } })
    ttfb.push(performance.now() - started)
    await response.arrayBuffer()
  }
  const ttfbP50 = median(ttfb)
  record(`product page p50 TTFB < ${budget.ttfbP50Ms} ms (300 requests, one at a time)`, `p50 ${ttfbP50.toFixed(1)} ms, p95 ${percentile(ttfb, 95).toFixed(1)} ms`, ttfbP50 < budget.ttfbP50Ms)

  const load = (duration: number) =>
    autocannon({ url: `${site}${productPath}`, connections, duration, headers: { "accept-encoding": acceptEncoding } })
  await load(5)
  const result = await load(loadSeconds)
  const errors = result.errors + result.non2xx
  record(
    `product page ≥ ${budget.requestsPerSecond} requests/s at ${connections} connections (${loadSeconds} s, compressed)`,
    `${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors`,
    result.requests.average >= budget.requestsPerSecond && errors === 0
  )

  // The same page rendered for every request: any cookie bypasses the storefront's one-second page
  // cache (storefront/page-cache.ts), so this is what a render costs, commerce call included.
  const rendered = { "accept-encoding": acceptEncoding, cookie: "bench=uncached" }
  const renderTtfb: number[] = []
  for (let i = 0; i < 100; i++) {
    const started = performance.now()
    const response = await fetch(`${site}${productPath}`, { headers: rendered })
    renderTtfb.push(performance.now() - started)
    await response.arrayBuffer()
  }
  const renders = await autocannon({ url: `${site}${productPath}`, connections, duration: Math.min(10, loadSeconds), headers: rendered })
  record(
    `product page rendered for every request (page cache bypassed), at ${connections} connections`,
    `${renders.requests.average.toFixed(0)} req/s, latency p50 ${renders.latency.p50} ms; one at a time p50 TTFB ${median(renderTtfb).toFixed(1)} ms`,
    null
  )

  // The commerce call every product page makes, alone at the same concurrency: what the page's
  // throughput is bounded by when both share the machine.
  const api = await autocannon({
    url: `${marketplace.commerceUrl}/store/ocop/products/${products[0]!.handle}`,
    connections,
    duration: Math.min(10, loadSeconds),
    headers: { "x-publishable-api-key": marketplace.publishableKey },
  })
  record(`commerce product API alone at ${connections} connections (what each page render waits for)`, `${api.requests.average.toFixed(0)} req/s, latency p50 ${api.latency.p50} ms`, null)

  // (b) JavaScript each page ships: script files as transferred, plus inline scripts (not JSON-LD)
  // brotli-compressed as the server would send them inside the page.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true })
    for (const page of pages) {
      const tab = await context.newPage()
      const scripts: Promise<number>[] = []
      tab.on("requestfinished", (request) => {
        if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize))
      })
      await tab.goto(`${site}${page.path}`, { waitUntil: "networkidle" })
      const inline = await tab.$$eval("script:not([src])", (elements) =>
        elements.filter((element) => !/json/.test(element.getAttribute("type") ?? "")).map((element) => element.textContent ?? "")
      )
      const fileBytes = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0)
      const inlineBytes = inline.reduce((sum, text) => sum + brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length, 0)
      const kb = (fileBytes + inlineBytes) / 1024
      const measured = `${kb.toFixed(1)} KB (${scripts.length} files ${(fileBytes / 1024).toFixed(1)} KB, ${inline.length} inline ${(inlineBytes / 1024).toFixed(1)} KB)`
      record(page.name === "product" ? `product page JavaScript ≤ ${budget.productJsKb} KB compressed` : `${page.name} JavaScript, compressed (small islands only)`, measured, page.name === "product" ? kb <= budget.productJsKb : null)
      await tab.close()
    }
  } finally {
    await browser.close()
  }

  // (c) Lighthouse, mobile preset (its default), median of three runs per page.
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags })
  try {
    const categories = ["performance", "accessibility", "best-practices", "seo"] as const
    for (const page of pages) {
      const scores: Record<(typeof categories)[number], number[]> = { performance: [], accessibility: [], "best-practices": [], seo: [] }
      const failedAudits = new Set<string>()
      for (let run = 0; run < 3; run++) {
        const outcome = await lighthouse(`${site}${page.path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...categories] })
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${page.path}`)
        for (const category of categories) scores[category].push(Math.round((outcome.lhr.categories[category]?.score ?? 0) * 100))
        for (const category of categories.slice(1)) {
          for (const ref of outcome.lhr.categories[category]?.auditRefs ?? []) {
            const audit = outcome.lhr.audits[ref.id]
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failedAudits.add(ref.id)
          }
        }
        details.push(`lighthouse ${page.name} run ${run + 1}: ${categories.map((c) => `${c} ${scores[c].at(-1)}`).join(", ")}; LCP ${(outcome.lhr.audits["largest-contentful-paint"]?.numericValue ?? 0).toFixed(0)} ms, TBT ${(outcome.lhr.audits["total-blocking-time"]?.numericValue ?? 0).toFixed(0)} ms, CLS ${(outcome.lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}`)
      }
      const m = Object.fromEntries(categories.map((c) => [c, median(scores[c])])) as Record<(typeof categories)[number], number>
      const pass = m.performance >= budget.performance && m.accessibility >= budget.accessibility && m["best-practices"] >= budget.bestPractices && m.seo >= budget.seo
      const missed = failedAudits.size > 0 ? ` (audits below full marks: ${[...failedAudits].join(", ")})` : ""
      record(
        `Lighthouse ${page.name} (mobile, median of 3): performance ≥ ${budget.performance}, a11y / best practices / SEO 100`,
        `${m.performance} / ${m.accessibility} / ${m["best-practices"]} / ${m.seo}${missed}`,
        pass
      )
    }
  } finally {
    chrome.kill()
  }
} catch (error) {
  console.error(error)
  failed = true
} finally {
  await marketplace.stop()
}

for (const line of details) console.log(line)
console.log("\n| budget | measured | result |\n|---|---|---|")
for (const row of rows) console.log(`| ${row.join(" | ")} |`)
const loadAfter = loadavg()
console.log(`\nmachine: ${cpus().length} cores; load average ${loadBefore.map((l) => l.toFixed(1)).join(" / ")} before, ${loadAfter.map((l) => l.toFixed(1)).join(" / ")} after (1 / 5 / 15 min)`)
process.exit(failed ? 1 : 0)
