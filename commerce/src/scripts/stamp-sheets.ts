import { createWriteStream } from "node:fs"
import { resolve } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../modules/stamp"
import type StampModuleService from "../modules/stamp/service"
import { batchCodes, sheetBatch } from "../stamps/issue"
import { renderStampSheets } from "../stamps/sheet"

/** `npm run stamps:pdf -- <batch id> [out.pdf] [columns] [rows]`: a batch's A4 sheets, with a progress bar. */
export default async function stampSheets({ container, args }: ExecArgs) {
  const [batchId, out = `tem-ocop-${batchId}.pdf`, columns = "5", rows = "7"] = args
  if (!batchId || !/^stbt_[0-9A-Z]{26}$/.test(batchId)) throw new Error("Usage: npm run stamps:pdf -- <batch id (stbt_…)> [out.pdf] [columns] [rows]")
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const batch = await sheetBatch(db, batchId)
  if (!batch) throw new Error(`No stamp batch ${batchId}`)
  const { storefrontUrl } = container.resolve<StampModuleService>(STAMP_MODULE).settings
  const started = performance.now()
  const target = resolve(process.env.INIT_CWD ?? process.cwd(), out)
  const doc = renderStampSheets(batch, await batchCodes(db, batchId), {
    storefrontUrl,
    layout: { columns: Number(columns), rows: Number(rows) },
    onPage(done, total) {
      const width = 30
      const filled = Math.round((done / total) * width)
      process.stdout.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} pages`)
    },
  })
  await new Promise<void>((done, fail) => doc.pipe(createWriteStream(target)).on("finish", done).on("error", fail))
  process.stdout.write(`\n${batch.quantity} stamps written to ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
}
