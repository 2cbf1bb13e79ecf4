import { copyFile, mkdir, stat, unlink } from "node:fs/promises"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { privateFileFolder, publicFileFolder } from "../file-folders"

const exists = (path: string) => stat(path).then(() => true, () => false)

/**
 * Runs once on `medusa db:migrate`: report photos stored before the private folder existed lie in
 * the public one, where /static serves them to anyone with the link. Each moves to the private
 * folder (copied, then removed: the two may be different volumes) under a key the file provider
 * reads from there.
 */
export default async function moveReportPhotosOutOfStatic({ container }: { container: MedusaContainer }) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const reports = (await db("stamp_report").select("id", "photo_file_id").whereNotNull("photo_file_id")) as { id: string; photo_file_id: string }[]
  if (reports.length === 0) return
  await mkdir(privateFileFolder(), { recursive: true })
  for (const report of reports) {
    const from = join(publicFileFolder(), report.photo_file_id)
    if (!(await exists(from))) continue
    // The provider looks for "private-…" keys in the private folder, and for any other in the public one.
    const key = report.photo_file_id.startsWith("private-") ? report.photo_file_id : `private-${report.photo_file_id}`
    await copyFile(from, join(privateFileFolder(), key))
    if (key !== report.photo_file_id) await db("stamp_report").where({ id: report.id }).update({ photo_file_id: key })
    await unlink(from)
  }
}
