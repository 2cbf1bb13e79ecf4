import { spawn } from "node:child_process"
import { join } from "node:path"
import { openDatabase } from "./marketplace/database.ts"
import { commerceDir, dataDir } from "./marketplace/paths.ts"
import { bin } from "./marketplace/processes.ts"

/**
 * `npm run search:reindex`: rebuilds the search index (Meilisearch when MEILISEARCH_HOST is set,
 * otherwise the Postgres engine) from the commerce database — DATABASE_URL, or the embedded one
 * `npm start` uses.
 */
const database = await openDatabase({ dataDir: join(dataDir, "postgres"), port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329), name: "ocop" })
const exitCode = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [bin.medusa, "exec", "./src/scripts/search-reindex.ts"], {
    cwd: commerceDir,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, MEDUSA_DISABLE_TELEMETRY: "true" },
  })
  child.on("exit", (code) => resolve(code ?? 1))
})
await database.stop()
process.exit(exitCode)
