/** Shapes of the /admin/ocop/stamp-* answers (src/api/admin/ocop/stamp-*). */

export const STAMP_BATCH_STATUSES = ["active", "revoked"] as const
export type StampBatchStatus = (typeof STAMP_BATCH_STATUSES)[number]

export const STAMP_REPORT_STATUSES = ["open", "resolved", "dismissed"] as const
export type StampReportStatus = (typeof STAMP_REPORT_STATUSES)[number]
export type StampReportOutcome = Exclude<StampReportStatus, "open">

export interface ScanStats {
  scans: number
  stamps_verified: number
  devices: number
  last_scan_at: string | null
  by_verdict: Record<string, number>
}

export interface AdminStampBatch {
  id: string
  product_id: string
  product_title: string | null
  product_handle: string | null
  quantity: number
  lot: string | null
  gtin: string | null
  production_date: string | null
  expiry_date: string | null
  status: StampBatchStatus
  revoked_reason: string | null
  revoked_at: string | null
  created_at: string
  stats: ScanStats
  suspicious_stamps: SuspiciousStamps
  voided_stamps: VoidedStampList
}

/** The stamps of a batch voided one by one, scanned or not: the most recently voided few, and how many in all. */
export interface VoidedStampList {
  count: number
  stamps: { code: string; serial: string; voided_at: string; voided_reason: string; voided_by: "office" | "producer" }[]
}

/** The stamps of a batch shoppers were warned about as copied: the most recently scanned few, and how many in all. */
export interface SuspiciousStamps {
  count: number
  stamps: { code: string; serial: string; devices: number; scans: number; suspicious_scans: number; last_scan_at: string; voided_at: string | null }[]
}

export interface AdminStampProduct {
  product_id: string
  product_title: string | null
  product_handle: string | null
  batches: number
  active_batches: number
  stamps_issued: number
  last_issued_at: string
  stats: ScanStats
}

export interface AdminStampReport {
  id: string
  code: string
  batch_id: string | null
  product_id: string | null
  product_title: string | null
  verdict: string
  where_bought: string
  message: string
  photo_url: string | null
  status: StampReportStatus
  resolution_note: string | null
  closed_at: string | null
  created_at: string
}

interface Page {
  count: number
  limit: number
  offset: number
}

export interface StampBatchListResponse extends Page {
  stamp_batches: AdminStampBatch[]
}

export interface StampProductListResponse extends Page {
  stamp_products: AdminStampProduct[]
}

export interface StampReportListResponse extends Page {
  stamp_reports: AdminStampReport[]
}

export interface IssueStampBatchInput {
  product_id: string
  quantity: number
  lot?: string
  production_date?: string
  expiry_date?: string
}

/** One stamp the office voided (POST /admin/ocop/stamps/:serial/void). */
export interface VoidedStamp {
  id: string
  serial: string
  code: string
  batch_id: string
  voided_at: string
  voided_reason: string
  voided_by: string
}
