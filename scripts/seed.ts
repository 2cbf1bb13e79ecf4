import { spawn } from "node:child_process"
import { commerceDir } from "./marketplace/paths.ts"
import { bin } from "./marketplace/processes.ts"

/** `npm run seed`: (re)runs the idempotent catalogue seed against DATABASE_URL, e.g. an external database. */
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to seed an external database; `npm start` seeds the embedded one by itself.")
  process.exit(2)
}
const child = spawn(process.execPath, [bin.medusa, "exec", "./src/scripts/seed.ts"], { cwd: commerceDir, stdio: "inherit", env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" } })
child.on("exit", (code) => process.exit(code ?? 1))
