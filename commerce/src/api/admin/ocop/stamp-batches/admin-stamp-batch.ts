import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { NO_SCANS, NO_SUSPICIOUS_STAMPS, NO_VOIDED_STAMPS, type ScanStats, type SuspiciousStamps, type VoidedStamps } from "../../../../stamps/stats"

export interface StampBatchRow {
  id: string
  product_id: string
  certificate_id: string
  producer_handle: string | null
  quantity: number
  lot: string | null
  gtin: string | null
  production_date: Date | string | null
  expiry_date: Date | string | null
  status: string
  revoked_reason: string | null
  revoked_by: string | null
  revoked_at: Date | string | null
  issued_by: string
  created_at: Date | string
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** Product titles for a page of batches (one query). */
export async function productTitles(db: Knex, productIds: string[]): Promise<Map<string, { title: string; handle: string }>> {
  if (productIds.length === 0) return new Map()
  const rows = (await db.from("product").select("id", "title", "handle").whereIn("id", [...new Set(productIds)])) as { id: string; title: string; handle: string }[]
  return new Map(rows.map((row) => [row.id, { title: row.title, handle: row.handle }]))
}

export function presentStampBatch(
  batch: StampBatchRow,
  product: { title: string; handle: string } | undefined,
  stats: ScanStats | undefined,
  suspicious?: SuspiciousStamps,
  voided?: VoidedStamps
) {
  return {
    id: batch.id,
    product_id: batch.product_id,
    product_title: product?.title ?? null,
    product_handle: product?.handle ?? null,
    certificate_id: batch.certificate_id,
    producer_handle: batch.producer_handle,
    quantity: batch.quantity,
    lot: batch.lot,
    gtin: batch.gtin,
    production_date: iso(batch.production_date)?.slice(0, 10) ?? null,
    expiry_date: iso(batch.expiry_date)?.slice(0, 10) ?? null,
    status: batch.status,
    revoked_reason: batch.revoked_reason,
    revoked_by: batch.revoked_by,
    revoked_at: iso(batch.revoked_at),
    issued_by: batch.issued_by,
    created_at: iso(batch.created_at),
    stats: stats ?? NO_SCANS,
    suspicious_stamps: suspicious ?? NO_SUSPICIOUS_STAMPS,
    voided_stamps: voided ?? NO_VOIDED_STAMPS,
  }
}
