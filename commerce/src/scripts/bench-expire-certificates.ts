import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import expireCertificatesJob from "../jobs/expire-certificates"

/**
 * `medusa exec` entry of scripts/bench/certification.ts: runs the expiry job once, exactly as the
 * scheduler would, and prints one `BENCH {json}` line with its duration and what it changed.
 */

async function countByStatus(db: Knex, table: "certificate" | "product"): Promise<Record<string, number>> {
  const rows = (await db(table).select("status").count({ count: "*" }).whereNull("deleted_at").groupBy("status")) as { status: string; count: string }[]
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]))
}

async function countRows(query: Knex.QueryBuilder): Promise<number> {
  const rows = (await query.count({ count: "*" })) as { count: string }[]
  return Number(rows[0]?.count ?? 0)
}

/**
 * Status-change notifications are sent by a subscriber after each batch, outside the job's own
 * time; wait until their number stops growing so the report can say how long they trail.
 */
async function waitForNotifications(db: Knex, since: Date): Promise<{ count: number; settledMs: number }> {
  const started = performance.now()
  let count = -1
  let unchangedPolls = 0
  while (unchangedPolls < 4 && performance.now() - started < 120_000) {
    const now = await countRows(db("notification").where("created_at", ">=", since))
    unchangedPolls = now === count ? unchangedPolls + 1 : 0
    count = now
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { count, settledMs: Math.max(0, performance.now() - started - 2_000) }
}

export default async function benchExpireCertificates({ container }: ExecArgs) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const startedAt = new Date()
  const started = performance.now()
  await expireCertificatesJob(container)
  const ms = performance.now() - started

  const notifications = await waitForNotifications(db, startedAt)
  const figures = {
    ms: Math.round(ms),
    expired: await countRows(db("certificate_event").where({ type: "expired" }).where("created_at", ">=", startedAt)),
    delisted_products: await countRows(db("product").where({ status: "draft" }).whereRaw("metadata->'ocop_delisted' IS NOT NULL AND metadata->'ocop_delisted' <> 'null'::jsonb")),
    notifications: notifications.count,
    notifications_settled_ms: Math.round(notifications.settledMs),
    certificates_by_status: await countByStatus(db, "certificate"),
    products_by_status: await countByStatus(db, "product"),
  }
  console.log(`BENCH ${JSON.stringify(figures)}`)
}
