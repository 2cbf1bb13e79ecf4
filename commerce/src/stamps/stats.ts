import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { arrayLiteral } from "./issue"

/** What the admin sees about the scans of a batch or of all a product's batches. */
export interface ScanStats {
  scans: number
  /** Stamps verified at least once. */
  stamps_verified: number
  /** Distinct devices (keyed hashes, never addresses). */
  devices: number
  last_scan_at: string | null
  /** Scans per verdict shown to the shopper (genuine, suspicious, batch_revoked, …). */
  by_verdict: Record<string, number>
}

export const NO_SCANS: ScanStats = { scans: 0, stamps_verified: 0, devices: 0, last_scan_at: null, by_verdict: {} }

interface TotalsRow {
  key: string
  stamps_verified: string
  scans: string
  devices: string
  last_scan_at: Date | null
}

function collect(totals: TotalsRow[], verdicts: { key: string; verdict: string; scans: string }[]): Map<string, ScanStats> {
  const stats = new Map<string, ScanStats>()
  for (const row of totals) {
    stats.set(row.key, {
      scans: Number(row.scans),
      stamps_verified: Number(row.stamps_verified),
      devices: Number(row.devices),
      last_scan_at: row.last_scan_at ? new Date(row.last_scan_at).toISOString() : null,
      by_verdict: {},
    })
  }
  for (const row of verdicts) {
    const entry = stats.get(row.key)
    if (entry) entry.by_verdict[row.verdict] = Number(row.scans)
  }
  return stats
}

/** Scan statistics per batch, keyed by batch id. */
export async function batchScanStats(db: Knex, batchIds: string[]): Promise<Map<string, ScanStats>> {
  if (batchIds.length === 0) return new Map()
  const ids = arrayLiteral(batchIds)
  const [totals, verdicts] = await Promise.all([
    db.raw(
      `SELECT b.id AS key,
         (SELECT count(*) FROM stamp s WHERE s.batch_id = b.id AND s.scan_count > 0 AND s.deleted_at IS NULL) AS stamps_verified,
         x.scans, x.devices, x.last_scan_at
       FROM stamp_batch b
       CROSS JOIN LATERAL (SELECT count(*) AS scans, count(DISTINCT device_hash) AS devices, max(scanned_at) AS last_scan_at
                           FROM stamp_scan WHERE batch_id = b.id AND deleted_at IS NULL) x
       WHERE b.id = ANY(?::text[])`,
      [ids]
    ) as Promise<{ rows: TotalsRow[] }>,
    db.raw(`SELECT batch_id AS key, verdict, count(*) AS scans FROM stamp_scan WHERE batch_id = ANY(?::text[]) AND deleted_at IS NULL GROUP BY batch_id, verdict`, [ids]) as Promise<{
      rows: { key: string; verdict: string; scans: string }[]
    }>,
  ])
  return collect(totals.rows, verdicts.rows)
}

/** Scan statistics over all batches of each product, keyed by product id: a copied stamp shows up as a product's pattern, not one batch's. */
export async function productScanStats(db: Knex, productIds: string[]): Promise<Map<string, ScanStats>> {
  if (productIds.length === 0) return new Map()
  const ids = arrayLiteral(productIds)
  const [totals, verdicts] = await Promise.all([
    db.raw(
      `SELECT p.key,
         (SELECT count(*) FROM stamp s JOIN stamp_batch b ON b.id = s.batch_id AND b.deleted_at IS NULL
           WHERE b.product_id = p.key AND s.scan_count > 0 AND s.deleted_at IS NULL) AS stamps_verified,
         x.scans, x.devices, x.last_scan_at
       FROM unnest(?::text[]) AS p(key)
       CROSS JOIN LATERAL (SELECT count(*) AS scans, count(DISTINCT x.device_hash) AS devices, max(x.scanned_at) AS last_scan_at
                           FROM stamp_scan x JOIN stamp_batch b ON b.id = x.batch_id AND b.deleted_at IS NULL
                           WHERE b.product_id = p.key AND x.deleted_at IS NULL) x`,
      [ids]
    ) as Promise<{ rows: TotalsRow[] }>,
    db.raw(
      `SELECT b.product_id AS key, x.verdict, count(*) AS scans
       FROM stamp_scan x JOIN stamp_batch b ON b.id = x.batch_id AND b.deleted_at IS NULL
       WHERE b.product_id = ANY(?::text[]) AND x.deleted_at IS NULL GROUP BY b.product_id, x.verdict`,
      [ids]
    ) as Promise<{ rows: { key: string; verdict: string; scans: string }[] }>,
  ])
  return collect(totals.rows, verdicts.rows)
}

export interface StampedProduct {
  product_id: string
  batches: number
  active_batches: number
  stamps_issued: number
  last_issued_at: string
}

/** A page of the products that have stamp batches, most recently issued first, with their batch totals. */
export async function stampedProducts(db: Knex, page: { product_id?: string; limit: number; offset: number }): Promise<{ products: StampedProduct[]; count: number }> {
  const base = db.from("stamp_batch").whereNull("deleted_at")
  if (page.product_id) base.where({ product_id: page.product_id })
  const [rows, [total]] = await Promise.all([
    base
      .clone()
      .select("product_id")
      .select(db.raw("count(*)::int AS batches"), db.raw("(count(*) FILTER (WHERE status = 'active'))::int AS active_batches"))
      .select(db.raw("sum(quantity)::int AS stamps_issued"), db.raw("max(created_at) AS last_issued_at"))
      .groupBy("product_id")
      .orderByRaw("max(created_at) DESC, product_id")
      .limit(page.limit)
      .offset(page.offset) as Promise<(Omit<StampedProduct, "last_issued_at"> & { last_issued_at: Date })[]>,
    base.clone().countDistinct({ count: "product_id" }) as Promise<{ count: string }[]>,
  ])
  return { products: rows.map((row) => ({ ...row, last_issued_at: new Date(row.last_issued_at).toISOString() })), count: Number(total?.count ?? 0) }
}
