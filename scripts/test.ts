import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { join, relative } from "node:path"
import { ensureDatabase, openDatabase, type Database } from "./marketplace/database.ts"
import { launchMarketplace } from "./marketplace/marketplace.ts"
import { commerceDir, dataDir, repoRoot } from "./marketplace/paths.ts"
import { bin } from "./marketplace/processes.ts"
import { formatDuration } from "./marketplace/progress.ts"

/**
 * `npm test`: every tier in order — unit tests, HTTP integration tests against a real Medusa on a
 * real PostgreSQL, then end-to-end journeys in Chromium against the whole marketplace started the
 * way `npm start` starts it. Ends with one "N passed, N failed" line and a non-zero exit on failure.
 */

interface Counts {
  passed: number
  failed: number
  skipped: number
  /** "file › test" for every failure, repeated in the summary so the end of a CI log names them. */
  failures: string[]
}

interface SuiteResult extends Counts {
  name: string
  ok: boolean
  ms: number
}

interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string }[] }[]
}

interface PlaywrightSuite {
  title: string
  file?: string
  specs?: { title: string; ok: boolean; tests: { projectName: string; status: string }[] }[]
  suites?: PlaywrightSuite[]
}

const testData = join(dataDir, "test")
const reports = join(testData, "reports")
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const results: SuiteResult[] = []

function runLive(script: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ASTRO_TELEMETRY_DISABLED: "1", ...env },
      stdio: "inherit",
    })
    child.on("exit", (code) => resolve(code ?? 1))
  })
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, failures: ["no report written"] }
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport
  const failures = report.testResults.flatMap((testFile) => {
    const where = relative(repoRoot, testFile.name)
    const failedTests = testFile.assertionResults.filter((test) => test.status === "failed").map((test) => `${where} › ${test.fullName}`)
    // A file that failed to load has no failed test of its own, only a message.
    return failedTests.length === 0 && testFile.message ? [`${where}: ${testFile.message.split("\n")[0]}`] : failedTests
  })
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, failures }
}

function playwrightFailures(suite: PlaywrightSuite, file: string): string[] {
  const where = suite.file ?? file
  const own = (suite.specs ?? []).flatMap((spec) =>
    spec.tests.filter((test) => test.status === "unexpected").map((test) => `[${test.projectName}] ${where} › ${spec.title}`)
  )
  return [...own, ...(suite.suites ?? []).flatMap((child) => playwrightFailures(child, where))]
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, failures: ["no report written"] }
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites: PlaywrightSuite[] }
  const failures = report.suites.flatMap((suite) => playwrightFailures(suite, suite.title))
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped, failures }
}

async function suite(name: string, work: () => Promise<{ exitCode: number; counts: Counts }>) {
  console.log(`\n━━ ${name} ━━`)
  const started = performance.now()
  try {
    const { exitCode, counts } = await work()
    // A runner that crashed before reporting still counts as a failure.
    const failed = exitCode !== 0 && counts.failed === 0 ? 1 : counts.failed
    results.push({ name, ...counts, failed, ok: exitCode === 0, ms: performance.now() - started })
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    results.push({ name, passed: 0, failed: 1, skipped: 0, failures: [String(error instanceof Error ? error.message : error)], ok: false, ms: performance.now() - started })
  }
}

await suite("Unit tests (vitest)", async () => {
  const report = join(reports, "unit.json")
  const exitCode = await runLive(bin.vitest, ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], repoRoot)
  return { exitCode, counts: vitestCounts(report) }
})

let database: Database | undefined
try {
  database = await openDatabase({ dataDir: join(testData, "postgres"), port: Number(process.env.TEST_POSTGRES_PORT ?? 54339), name: "ocop_test", disposable: true })
  const server = database

  await suite("Search engine contract tests (vitest, real PostgreSQL; Meilisearch when MEILISEARCH_HOST is set)", async () => {
    const report = join(reports, "search-contract.json")
    const url = new URL(server.url)
    url.pathname = "/ocop_search_contract"
    await ensureDatabase(url.toString())
    const exitCode = await runLive(
      bin.vitest,
      ["run", "--config", "vitest.contract.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      join(repoRoot, "search"),
      { SEARCH_TEST_DATABASE_URL: url.toString() }
    )
    return { exitCode, counts: vitestCounts(report) }
  })

  await suite("Commerce HTTP integration tests (vitest + @medusajs/test-utils, real PostgreSQL)", async () => {
    const report = join(reports, "integration.json")
    const exitCode = await runLive(
      bin.vitest,
      ["run", "--config", "vitest.integration.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      commerceDir,
      { DB_HOST: server.host, DB_PORT: String(server.port), DB_USERNAME: server.user, DB_PASSWORD: server.password }
    )
    return { exitCode, counts: vitestCounts(report) }
  })

  await suite("End-to-end journeys (Playwright, Chromium)", async () => {
    // Every journey's browser is one client (127.0.0.1) to the stamp verifier, which allows 30 a
    // minute per client; the limit itself is tested in integration-tests/http/stamps.spec.ts.
    process.env.STAMP_VERIFY_RATE_LIMIT ??= "600"
    const marketplace = await launchMarketplace({
      dataDir: testData,
      postgresPort: server.port,
      databaseName: "ocop_e2e",
      commercePort: Number(process.env.TEST_COMMERCE_PORT ?? 9100),
      storefrontPort: Number(process.env.TEST_STOREFRONT_PORT ?? 4421),
      server,
      freshDatabase: true,
      quiet: true,
    })
    try {
      const report = join(reports, "e2e.json")
      const exitCode = await runLive(bin.playwright, ["test"], join(repoRoot, "tests"), {
        STOREFRONT_URL: marketplace.storefrontUrl,
        COMMERCE_URL: marketplace.commerceUrl,
        MEDUSA_PUBLISHABLE_KEY: marketplace.publishableKey,
        ADMIN_EMAIL: marketplace.admin.email,
        ADMIN_PASSWORD: marketplace.admin.password,
        TEST_DATABASE_URL: marketplace.database.url,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      })
      return { exitCode, counts: playwrightCounts(report) }
    } finally {
      await marketplace.stop()
    }
  })
} finally {
  await database?.stop()
}

const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
const skipped = results.reduce((sum, r) => sum + r.skipped, 0)
console.log("\n━━ Summary ━━")
for (const r of results) {
  console.log(`${r.ok && r.failed === 0 ? "✔" : "✘"} ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${formatDuration(r.ms)})`)
  for (const failure of r.failures) console.log(`    ✘ ${failure}`)
}
console.log(`Total: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1)
