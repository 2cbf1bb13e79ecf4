import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import knex, { type Knex } from "knex"
import { dropDatabase, ensureDatabase, openDatabase, withClient, type Database } from "../marketplace/database.ts"
import { commerceDir, dataDir } from "../marketplace/paths.ts"
import { bin, run } from "../marketplace/processes.ts"
import { createProgress, formatDuration } from "../marketplace/progress.ts"
import { countDataset, datasetSize, generateDataset, type DatasetCounts } from "./certification/dataset.ts"
import { benchExpiryJob, type ExpiryFigures } from "./certification/expiry.ts"
import { markdownTable, ms, verdict } from "./certification/figures.ts"
import { benchListingCase, listingCases, type ListingFigures } from "./certification/listing.ts"

/**
 * Certification lifecycle budgets: with 20,000 certificates and 40,000 products, the expiry job's
 * run that expires 2,000 of them finishes in under 10 s, and the read-time listing rule adds under
 * 5 ms p95 to a product list request. Builds a fresh database every run and prints the figures.
 */

const budget = { expiryMs: 10_000, listingAddedP95Ms: 5 }
const benchDir = join(dataDir, "bench")
const iterations = Number(process.env.BENCH_ITERATIONS ?? 200)
const warmup = 20

// The bench drops its database: it only runs against a server named for it, never DATABASE_URL.
if (process.env.BENCH_DATABASE_URL) process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL
else delete process.env.DATABASE_URL

const started = performance.now()
const progress = createProgress(6)
let database: Database | undefined
process.on("SIGINT", () => void database?.stop().finally(() => process.exit(130)))

async function freshDatabase(): Promise<Database> {
  const db = await openDatabase({ dataDir: join(benchDir, "postgres"), port: Number(process.env.BENCH_POSTGRES_PORT ?? 54349), name: "ocop_bench" })
  await dropDatabase(db.url)
  await ensureDatabase(db.url)
  return db
}

async function benchListing(url: string): Promise<ListingFigures[]> {
  const db: Knex = knex({ client: "pg", connection: url, pool: { min: 2, max: 4 } })
  try {
    const figures: ListingFigures[] = []
    for (const testCase of listingCases) {
      const result = await benchListingCase(db, testCase, { iterations, warmup })
      progress.note(`${result.label.padEnd(22)} rule p95 ${ms(result.rule.p95)}, plain p95 ${ms(result.plain.p95)}, added ${ms(result.addedP95)}`)
      figures.push(result)
    }
    return figures
  } finally {
    await db.destroy()
  }
}

function describeDataset(counts: DatasetCounts): string {
  const certificates = Object.entries(counts.certificates).map(([status, n]) => `${n} ${status}`).join(", ")
  return `${counts.products} published products, ${counts.producers} producers (${counts.suspendedProducers} suspended), certificates: ${certificates}; ${counts.lapsed} active but lapsed`
}

function report(listing: ListingFigures[], expiry: ExpiryFigures): string {
  const expiryPassed = expiry.ms < budget.expiryMs && expiry.expired === datasetSize.lapsed
  const worstAdded = Math.max(...listing.map((f) => f.addedP95))
  const budgets = markdownTable(
    ["budget", "measured", "result"],
    [
      [
        `expiry job run expiring ${datasetSize.lapsed.toLocaleString("en")} of ${datasetSize.certificates.toLocaleString("en")} certificates < 10 s`,
        `${formatDuration(expiry.ms)} (${expiry.expired} expired, ${expiry.delisted_products} products delisted)`,
        verdict(expiryPassed),
      ],
      [`listing rule adds < ${budget.listingAddedP95Ms} ms p95 to a product list page (worst case below)`, ms(worstAdded), verdict(worstAdded < budget.listingAddedP95Ms)],
    ]
  )
  const pages = markdownTable(
    ["order / filter", "with rule p50", "with rule p95", "plain p50", "plain p95", "added p95", "result"],
    listing.map((f) => [f.label, ms(f.rule.p50), ms(f.rule.p95), ms(f.plain.p50), ms(f.plain.p95), ms(f.addedP95), verdict(f.addedP95 < budget.listingAddedP95Ms)])
  )
  const trailing = `Status-change notifications: ${expiry.notifications}, all sent ${formatDuration(expiry.notifications_settled_ms)} after the job returned.`
  return [
    `Certification lifecycle, ${datasetSize.certificates.toLocaleString("en")} certificates and ${datasetSize.products.toLocaleString("en")} products:`,
    "",
    budgets,
    "",
    `Product list page (24 cards, offsets 0/24/480/2400), ${iterations} timed requests per row after ${warmup} warm-ups:`,
    "",
    pages,
    "",
    trailing,
  ].join("\n")
}

try {
  database = await progress.step("Starting PostgreSQL and a fresh ocop_bench database", freshDatabase)
  const url = database.url
  await progress.step("Applying Medusa migrations", () => run({ script: bin.medusa, args: ["db:migrate"], cwd: commerceDir, env: { DATABASE_URL: url } }))
  const counts = await progress.step("Generating the catalogue", () =>
    withClient(url, async (client) => {
      await generateDataset(client)
      return countDataset(client)
    })
  )
  progress.note(describeDataset(counts))
  // The catalogue reads the listing read model; build it with the app's own sync workflow.
  await progress.step("Building the listing read model", () =>
    run({ script: bin.medusa, args: ["exec", "./src/scripts/rebuild-product-listing.ts"], cwd: commerceDir, env: { DATABASE_URL: url } })
  )
  const listing = await progress.step("Timing product list pages with and without the listing rule", () => benchListing(url))
  const expiry = await progress.step("Running the expiry job in Medusa", async () => {
    const { figures, log } = await benchExpiryJob(url)
    mkdirSync(benchDir, { recursive: true })
    writeFileSync(join(benchDir, "expiry-job.log"), log)
    progress.note(`${formatDuration(figures.ms)}: ${figures.expired} expired, ${figures.delisted_products} products delisted (log in .data/bench/expiry-job.log)`)
    return figures
  })
  console.log(`\n${report(listing, expiry)}\n\nBenchmark finished in ${formatDuration(performance.now() - started)}.`)
} catch (error) {
  console.error(`\nThe benchmark failed:\n${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await database?.stop()
}
