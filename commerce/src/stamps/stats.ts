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

/** A stamp shoppers were told may be copied, named so the office or producer can act on it rather than on its whole batch. */
export interface SuspiciousStamp {
  code: string
  serial: string
  /** Distinct devices (keyed hashes) that verified it; no place is recorded, only devices. */
  devices: number
  scans: number
  suspicious_scans: number
  last_scan_at: string
  /** When the office voided it; null while it still verifies on its own merits. */
  voided_at: string | null
}

export interface SuspiciousStamps {
  /** Every flagged stamp of the batch or product; `stamps` lists the most recently scanned few. */
  count: number
  stamps: SuspiciousStamp[]
}

export const NO_SUSPICIOUS_STAMPS: SuspiciousStamps = { count: 0, stamps: [] }

const SUSPICIOUS_LISTED = 10

interface SuspiciousRow {
  key: string
  code: string
  serial: string
  devices: string
  scans: string
  suspicious_scans: string
  last_scan_at: Date
  voided_at: Date | null
  flagged: string
}

/**
 * The stamps at least one shopper saw as "suspicious", per batch or per product, most recently
 * scanned first. Driven from the scans' batch index, so a batch of 100,000 stamps is not walked.
 */
export async function suspiciousStamps(db: Knex, by: { batchIds: string[] } | { productIds: string[] }): Promise<Map<string, SuspiciousStamps>> {
  const perBatch = "batchIds" in by
  const ids = perBatch ? by.batchIds : by.productIds
  if (ids.length === 0) return new Map()
  const batches = perBatch
    ? `SELECT id, id AS key FROM stamp_batch WHERE id = ANY(?::text[]) AND deleted_at IS NULL`
    : `SELECT id, product_id AS key FROM stamp_batch WHERE product_id = ANY(?::text[]) AND deleted_at IS NULL`
  const { rows } = (await db.raw(
    `WITH batches AS (${batches}),
     flagged AS (
       SELECT DISTINCT x.stamp_id, batches.key FROM stamp_scan x JOIN batches ON batches.id = x.batch_id
       WHERE x.verdict = 'suspicious' AND x.deleted_at IS NULL
     ),
     described AS (
       SELECT flagged.key, s.code, s.serial, s.voided_at,
         count(DISTINCT x.device_hash) AS devices, count(*) AS scans,
         count(*) FILTER (WHERE x.verdict = 'suspicious') AS suspicious_scans, max(x.scanned_at) AS last_scan_at
       FROM flagged
       JOIN stamp s ON s.id = flagged.stamp_id AND s.deleted_at IS NULL
       JOIN stamp_scan x ON x.stamp_id = s.id AND x.deleted_at IS NULL
       GROUP BY flagged.key, s.id
     )
     SELECT * FROM (
       SELECT described.*, row_number() OVER (PARTITION BY key ORDER BY last_scan_at DESC, serial) AS rank, count(*) OVER (PARTITION BY key) AS flagged
       FROM described
     ) ranked WHERE rank <= ${SUSPICIOUS_LISTED} ORDER BY key, rank`,
    [arrayLiteral(ids)]
  )) as { rows: SuspiciousRow[] }
  const found = new Map<string, SuspiciousStamps>()
  for (const row of rows) {
    const entry = found.get(row.key) ?? { count: Number(row.flagged), stamps: [] }
    entry.stamps.push({
      code: row.code,
      serial: row.serial,
      devices: Number(row.devices),
      scans: Number(row.scans),
      suspicious_scans: Number(row.suspicious_scans),
      last_scan_at: new Date(row.last_scan_at).toISOString(),
      voided_at: row.voided_at ? new Date(row.voided_at).toISOString() : null,
    })
    found.set(row.key, entry)
  }
  return found
}

export interface VoidedStamp {
  code: string
  serial: string
  voided_at: string
  voided_reason: string
  /** Who voided it: the programme office (an admin) or the producer (one of its members). */
  voided_by: "office" | "producer"
}

export interface VoidedStamps {
  /** Every voided stamp of the batch; `stamps` lists the most recently voided few. */
  count: number
  stamps: VoidedStamp[]
}

export const NO_VOIDED_STAMPS: VoidedStamps = { count: 0, stamps: [] }

const VOIDED_LISTED = 10

interface VoidedRow {
  batch_id: string
  code: string
  serial: string
  voided_at: Date
  voided_reason: string
  voided_by: string
  voided: string
}

/**
 * The stamps voided in each batch, most recently voided first, whether or not anyone scanned them
 * (a misprint voided from the sheet never reaches the "seen as copied" list).
 */
export async function voidedStamps(db: Knex, batchIds: string[]): Promise<Map<string, VoidedStamps>> {
  if (batchIds.length === 0) return new Map()
  const { rows } = (await db.raw(
    `SELECT * FROM (
       SELECT batch_id, code, serial, voided_at, voided_reason, voided_by,
         row_number() OVER (PARTITION BY batch_id ORDER BY voided_at DESC, serial) AS rank, count(*) OVER (PARTITION BY batch_id) AS voided
       FROM stamp WHERE batch_id = ANY(?::text[]) AND voided_at IS NOT NULL AND deleted_at IS NULL
     ) ranked WHERE rank <= ${VOIDED_LISTED} ORDER BY batch_id, rank`,
    [arrayLiteral(batchIds)]
  )) as { rows: VoidedRow[] }
  const found = new Map<string, VoidedStamps>()
  for (const row of rows) {
    const entry = found.get(row.batch_id) ?? { count: Number(row.voided), stamps: [] }
    entry.stamps.push({
      code: row.code,
      serial: row.serial,
      voided_at: new Date(row.voided_at).toISOString(),
      voided_reason: row.voided_reason,
      // Members void through the portal (actor pmem_…); anyone else is an admin of the office.
      voided_by: row.voided_by.startsWith("pmem_") ? "producer" : "office",
    })
    found.set(row.batch_id, entry)
  }
  return found
}
