import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export interface StampReportRow {
  id: string
  code: string
  stamp_id: string | null
  batch_id: string | null
  verdict: string
  where_bought: string
  message: string
  photo_file_id: string | null
  status: string
  resolution_note: string | null
  closed_by: string | null
  closed_at: Date | string | null
  created_at: Date | string
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** The product each reported batch was issued for (one query), so the office sees what was reported. */
export async function reportedProducts(db: Knex, batchIds: (string | null)[]): Promise<Map<string, { product_id: string; title: string }>> {
  const ids = [...new Set(batchIds.filter((id): id is string => id !== null))]
  if (ids.length === 0) return new Map()
  const rows = (await db.from("stamp_batch as b").join("product as p", "p.id", "b.product_id").select("b.id", "b.product_id", "p.title").whereIn("b.id", ids)) as {
    id: string
    product_id: string
    title: string
  }[]
  return new Map(rows.map((row) => [row.id, { product_id: row.product_id, title: row.title }]))
}

export function presentStampReport(report: StampReportRow, product: { product_id: string; title: string } | undefined) {
  return {
    id: report.id,
    code: report.code,
    stamp_id: report.stamp_id,
    batch_id: report.batch_id,
    product_id: product?.product_id ?? null,
    product_title: product?.title ?? null,
    verdict: report.verdict,
    where_bought: report.where_bought,
    message: report.message,
    // Served only to a signed-in admin (the photo route), never from the public file folder.
    photo_url: report.photo_file_id ? `/admin/ocop/stamp-reports/${report.id}/photo` : null,
    status: report.status,
    resolution_note: report.resolution_note,
    closed_by: report.closed_by,
    closed_at: iso(report.closed_at),
    created_at: iso(report.created_at),
  }
}
