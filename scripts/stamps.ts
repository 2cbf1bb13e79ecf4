import { spawn } from "node:child_process"
import { commerceDir } from "./marketplace/paths.ts"
import { bin } from "./marketplace/processes.ts"

/** `npm run stamps:pdf -- <batch id> [out.pdf] [columns] [rows]`: prints a stamp batch to A4 PDF sheets from DATABASE_URL. */
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL (the marketplace database, e.g. postgres://ocop:ocop-local@localhost:54329/ocop) to print stamp sheets.")
  process.exit(2)
}
const child = spawn(process.execPath, [bin.medusa, "exec", "./src/scripts/stamp-sheets.ts", ...process.argv.slice(2)], {
  cwd: commerceDir,
  stdio: "inherit",
  env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", INIT_CWD: process.env.INIT_CWD ?? process.cwd() },
})
child.on("exit", (code) => process.exit(code ?? 1))
