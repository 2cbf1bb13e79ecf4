import { commerceDir } from "../../marketplace/paths.ts"
import { bin, run } from "../../marketplace/processes.ts"

export interface ExpiryFigures {
  ms: number
  expired: number
  delisted_products: number
  notifications: number
  notifications_settled_ms: number
  certificates_by_status: Record<string, number>
  products_by_status: Record<string, number>
}

/**
 * Runs the real expiry job inside Medusa (`medusa exec` of commerce/src/scripts/bench-expire-certificates.ts)
 * and reads back the one `BENCH {json}` line it prints. The whole log is kept for profiling.
 */
export async function benchExpiryJob(databaseUrl: string): Promise<{ figures: ExpiryFigures; log: string }> {
  const log = await run({
    script: bin.medusa,
    args: ["exec", "./src/scripts/bench-expire-certificates.ts"],
    cwd: commerceDir,
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? "info" },
  })
  const line = log.split("\n").find((l) => l.startsWith("BENCH "))
  if (!line) throw new Error(`The expiry benchmark printed no BENCH line:\n${log.split("\n").slice(-40).join("\n")}`)
  return { figures: JSON.parse(line.slice("BENCH ".length)) as ExpiryFigures, log }
}
