import { readdirSync, readFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { join } from "node:path"
import autocannon from "autocannon"
import { dataDir } from "../marketplace/paths.ts"
import { launchMarketplace } from "../marketplace/marketplace.ts"
import { withClient } from "../marketplace/database.ts"
import { formatDuration } from "../marketplace/progress.ts"

/**
 * Stamp budgets, against the real marketplace started the way `npm start` starts it (own data in
 * .data/bench-stamps): issuing 100,000 stamps < 10 s, a 1,000-stamp PDF < 5 s, the verify API at
 * ≥ 2,000 req/s with p99 < 50 ms for a mix of genuine, forged and unknown codes, and a fuzz run of
 * 100,000 random, truncated, oversized, mutated and cross-batch codes with zero accepted and zero 5xx.
 */

const budget = { issueMs: 10_000, pdfMs: 5_000, rps: 2_000, p99Ms: 50 }
const duration = Number(process.env.BENCH_VERIFY_SECONDS ?? 20)
const fuzzCount = Number(process.env.BENCH_FUZZ_CODES ?? 100_000)
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// The verify route's per-client limit would stop a load test from one machine after 30 requests.
process.env.STAMP_VERIFY_RATE_LIMIT = "1000000000"
// Medusa writes one JSON access-log line per request at its default level ("http"); at 2,000
// requests/s that stdout traffic, piped through this process, costs more than the verification.
// Deployments log requests at the proxy; the figures below are measured with LOG_LEVEL=info.
process.env.LOG_LEVEL ??= "info"
const loadBefore = loadavg()

/**
 * CPU milliseconds used so far by the processes whose command line matches (Linux /proc): the cost
 * of a request in CPU time does not depend on what else the shared machine is running.
 */
function cpuMs(pattern: RegExp): number {
  let total = 0
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (!pattern.test(readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "))) continue
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
      // utime + stime, in clock ticks of 10 ms.
      total += (Number(fields[11]) + Number(fields[12])) * 10
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

const marketplace = await launchMarketplace({
  dataDir: join(dataDir, "bench-stamps"),
  postgresPort: Number(process.env.BENCH_POSTGRES_PORT ?? 54369),
  databaseName: "ocop_bench_stamps",
  commercePort: Number(process.env.BENCH_COMMERCE_PORT ?? 9310),
  storefrontPort: Number(process.env.BENCH_STOREFRONT_PORT ?? 4631),
  quiet: true,
})
const rows: string[][] = []
const pass = (ok: boolean) => (ok ? "pass" : "FAIL")
let failed = false

try {
  const api = marketplace.commerceUrl
  const login = await fetch(`${api}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: marketplace.admin.email, password: marketplace.admin.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const productId = await withClient(marketplace.database.url, async (client) => {
    const { rows } = await client.query(
      "SELECT product_id FROM product_listing WHERE published AND producer_active AND certificate_status = 'active' AND valid_until > now() AND deleted_at IS NULL LIMIT 1"
    )
    return rows[0].product_id as string
  })

  async function issue(quantity: number): Promise<{ id: string; ms: number }> {
    const started = performance.now()
    const response = await fetch(`${api}/admin/ocop/stamp-batches`, { method: "POST", headers: admin, body: JSON.stringify({ product_id: productId, quantity, lot: "BENCH" }) })
    const ms = performance.now() - started
    if (response.status !== 201) throw new Error(`issuing ${quantity} stamps answered ${response.status}: ${await response.text()}`)
    return { id: ((await response.json()) as { stamp_batch: { id: string } }).stamp_batch.id, ms }
  }

  // 1. Issue 100,000 stamps through the admin API (workflow + bulk insert).
  const big = await issue(100_000)
  console.log(`issue 100,000 stamps: ${formatDuration(big.ms)}`)
  rows.push(["issue a batch of 100,000 stamps < 10 s", formatDuration(big.ms), pass(big.ms < budget.issueMs)])
  failed ||= big.ms >= budget.issueMs

  // 2. PDF sheets of 1,000 stamps, downloaded through the admin route.
  const small = await issue(1_000)
  const pdfStarted = performance.now()
  const pdf = await fetch(`${api}/admin/ocop/stamp-batches/${small.id}/pdf`, { headers: admin })
  const bytes = (await pdf.arrayBuffer()).byteLength
  const pdfMs = performance.now() - pdfStarted
  console.log(`1,000-stamp PDF: ${formatDuration(pdfMs)} (${(bytes / 1024 / 1024).toFixed(1)} MB, status ${pdf.status})`)
  rows.push(["1,000-stamp PDF (29 A4 pages) < 5 s", `${formatDuration(pdfMs)}, ${(bytes / 1024 / 1024).toFixed(1)} MB`, pass(pdf.status === 200 && pdfMs < budget.pdfMs)])
  failed ||= pdf.status !== 200 || pdfMs >= budget.pdfMs

  const codes = await withClient(marketplace.database.url, async (client) => {
    const { rows } = await client.query("SELECT code FROM stamp WHERE batch_id = ANY($1) ORDER BY random() LIMIT 20000", [[big.id, small.id]])
    return rows.map((r: { code: string }) => r.code as string)
  })
  const smallCodes = await withClient(marketplace.database.url, async (client) => (await client.query("SELECT code FROM stamp WHERE batch_id = $1", [small.id])).rows.map((r: { code: string }) => r.code as string))
  const randomCode = (length = 20) => Array.from({ length }, () => ALPHABET[Math.floor(Math.random() * 32)]).join("")
  const mutate = (code: string) => {
    const at = Math.floor(Math.random() * code.length)
    let c = ALPHABET[Math.floor(Math.random() * 32)]!
    while (c === code[at]) c = ALPHABET[Math.floor(Math.random() * 32)]!
    return code.slice(0, at) + c + code.slice(at + 1)
  }
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!

  // 3. Verify API load: 60 % genuine, 20 % forged (one character changed), 20 % unknown (random).
  const mix = Array.from({ length: 5000 }, (_, i) => (i % 5 < 3 ? pick(codes) : i % 5 === 3 ? mutate(pick(codes)) : randomCode()))
  let next = 0
  const verifyLoad = (seconds: number) =>
    autocannon({
      url: `${api}/verify/stamps`,
      connections: 32,
      duration: seconds,
      requests: [{ setupRequest: (request) => ({ ...request, path: `/verify/stamps?code=${mix[next++ % mix.length]}` }) }],
    })
  // Warm-up with the same mix, not timed: the JIT, and every pooled connection's prepared statements.
  await verifyLoad(5)
  const commercePort = new URL(api).port
  const serverCpu = () => cpuMs(new RegExp(`start --port ${commercePort}\\b`))
  const databaseCpu = () => cpuMs(/postgres: .*ocop_bench_stamps/)
  const before = { server: serverCpu(), database: databaseCpu(), bench: process.cpuUsage() }
  const load = await verifyLoad(duration)
  const perRequest = (ms: number) => ms / load.requests.total
  const cost = {
    server: perRequest(serverCpu() - before.server),
    database: perRequest(databaseCpu() - before.database),
    bench: perRequest((process.cpuUsage(before.bench).user + process.cpuUsage(before.bench).system) / 1000),
  }
  console.log(`verify CPU per request: commerce ${cost.server.toFixed(2)} ms, PostgreSQL ${cost.database.toFixed(2)} ms, load generator ${cost.bench.toFixed(2)} ms`)
  const rps = load.requests.average
  const p99 = load.latency.p99
  const errors = load.non2xx + load.errors
  console.log(`verify: ${Math.round(rps)} req/s, p50 ${load.latency.p50} ms, p99 ${p99} ms, non-2xx ${load.non2xx}, errors ${load.errors}`)
  rows.push([
    `verify API ≥ ${budget.rps} req/s, p99 < ${budget.p99Ms} ms (60 % genuine, 20 % forged, 20 % unknown; 32 connections, ${duration} s)`,
    `${Math.round(rps)} req/s, p50 ${load.latency.p50} ms, p99 ${p99} ms, ${errors} errors; CPU per request: commerce ${cost.server.toFixed(2)} ms + PostgreSQL ${cost.database.toFixed(2)} ms + load generator ${cost.bench.toFixed(2)} ms`,
    pass(rps >= budget.rps && p99 < budget.p99Ms && errors === 0),
  ])
  failed ||= rps < budget.rps || p99 >= budget.p99Ms || errors > 0

  // 4. Fuzz: nothing that is not a printed code is ever accepted, and nothing makes the server fail.
  const kinds = [
    () => randomCode(),
    () => pick(codes).slice(0, 1 + Math.floor(Math.random() * 19)),
    () => pick(codes).repeat(2 + Math.floor(Math.random() * 50)),
    () => mutate(pick(codes)),
    () => pick(codes).slice(0, 11) + pick(smallCodes).slice(11),
    () => pick(codes).toLowerCase().replace(/[a-z]/, "%"),
    () => encodeURIComponent(String.fromCharCode(...Array.from({ length: 20 }, () => 32 + Math.floor(Math.random() * 500)))),
  ]
  const fuzz = Array.from({ length: fuzzCount }, (_, i) => kinds[i % kinds.length]!())
  const genuine = new Set(codes)
  let accepted = 0
  let fiveXx = 0
  const statuses = new Map<number, number>()
  const fuzzStarted = performance.now()
  let index = 0
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (index < fuzz.length) {
        const code = fuzz[index++]!
        const response = await fetch(`${api}/verify/stamps?code=${encodeURIComponent(code)}`)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        if (response.status >= 500) fiveXx++
        const body = (await response.json().catch(() => null)) as { verification?: { state: string } } | null
        if (body?.verification && body.verification.state !== "not_genuine" && !genuine.has(code.toUpperCase())) accepted++
      }
    })
  )
  const fuzzMs = performance.now() - fuzzStarted
  console.log(`fuzz: ${fuzzCount} codes in ${formatDuration(fuzzMs)}, accepted ${accepted}, 5xx ${fiveXx}, statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
  rows.push([`fuzz ${fuzzCount.toLocaleString("en")} random, truncated, oversized, mutated and cross-batch codes: 0 accepted, 0 5xx`, `${accepted} accepted, ${fiveXx} 5xx (${formatDuration(fuzzMs)})`, pass(accepted === 0 && fiveXx === 0)])
  failed ||= accepted > 0 || fiveXx > 0
} finally {
  await marketplace.stop()
}

const loadAfter = loadavg()
console.log(`\nmachine: ${cpus().length} cores; load average ${loadBefore.map((l) => l.toFixed(1)).join(" / ")} before, ${loadAfter.map((l) => l.toFixed(1)).join(" / ")} after (1 / 5 / 15 min)`)
console.log("\n| budget | measured | result |\n|---|---|---|")
for (const row of rows) console.log(`| ${row.join(" | ")} |`)
process.exit(failed ? 1 : 0)
