import { join } from "node:path"
import { launchMarketplace } from "./marketplace/marketplace.ts"
import { dataDir } from "./marketplace/paths.ts"
import { formatDuration } from "./marketplace/progress.ts"

const started = performance.now()
console.log("OCOP Marketplace — Chợ OCOP: starting everything on this machine\n")

const marketplace = await launchMarketplace({
  dataDir,
  postgresPort: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
  databaseName: "ocop",
  commercePort: Number(process.env.COMMERCE_PORT ?? 9000),
  storefrontPort: Number(process.env.STOREFRONT_PORT ?? 4321),
}).catch((error: Error) => {
  console.error(`\nThe marketplace could not start:\n${error.message}`)
  process.exit(1)
})

const line = "─".repeat(64)
console.log(`
${line}
 Ready in ${formatDuration(performance.now() - started)}

 Storefront        ${marketplace.storefrontUrl}
 English           ${marketplace.storefrontUrl}/en/
 Commerce API      ${marketplace.commerceUrl}
 Admin dashboard   ${marketplace.adminUrl}
   email           ${marketplace.admin.email}
   password        ${marketplace.admin.password}${marketplace.firstStart ? "   (created now; kept in .data/secrets.json)" : ""}
 Database          ${marketplace.database.embedded ? `embedded PostgreSQL, data in ${join(dataDir, "postgres")}` : "DATABASE_URL"}

 Press Ctrl-C to stop everything.
${line}
`)

let stopping = false
const shutdown = async (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping the storefront, the commerce server and PostgreSQL…`)
  await marketplace.stop()
  console.log("Stopped.")
  process.exit(0)
}
process.on("SIGINT", () => void shutdown("SIGINT"))
process.on("SIGTERM", () => void shutdown("SIGTERM"))
