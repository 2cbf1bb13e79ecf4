import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { certificateFields } from "../../../../listing/catalogue"
import { daysUntil } from "../../../../modules/certification/rules"

type Query = Omit<RemoteQueryFunction, symbol>

/** Fields the admin reads for a certificate, its products and their producer. */
export const adminCertificateFields = [
  ...certificateFields,
  "product_group",
  "supersedes_id",
  "created_at",
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.producer.id",
  "products.producer.handle",
  "products.producer.name",
  "products.producer.province",
]

interface CertificateRow {
  id: string
  decision_date: string | Date
  valid_from: string | Date
  valid_until: string | Date
  products?: ({ id: string; title: string; handle: string; status: string; producer?: { id: string; handle: string; name: string; province: string } | null } | null)[]
  [key: string]: unknown
}

export function presentAdminCertificate(row: CertificateRow, now = new Date()) {
  const products = (row.products ?? []).filter((p): p is NonNullable<typeof p> => Boolean(p))
  const producer = products.find((p) => p.producer)?.producer ?? null
  return {
    id: row.id,
    decision_number: row.decision_number as string,
    decision_date: new Date(row.decision_date).toISOString(),
    issuing_authority_name: row.issuing_authority_name as string,
    issuing_authority_level: row.issuing_authority_level as string,
    regime: row.regime as string,
    stars: row.stars as number,
    score: (row.score as number | null) ?? null,
    product_group: row.product_group as string,
    valid_from: new Date(row.valid_from).toISOString(),
    valid_until: new Date(row.valid_until).toISOString(),
    status: row.status as string,
    status_reason: (row.status_reason as string | null) ?? null,
    supersedes_id: (row.supersedes_id as string | null) ?? null,
    days_left: daysUntil(new Date(row.valid_until), now),
    products: products.map((p) => ({ id: p.id, title: p.title, handle: p.handle, status: p.status })),
    producer: producer ? { id: producer.id, handle: producer.handle, name: producer.name, province: producer.province } : null,
  }
}

export type AdminCertificate = ReturnType<typeof presentAdminCertificate>

export async function loadAdminCertificate(query: Query, id: string): Promise<AdminCertificate> {
  const { data } = await query.graph({ entity: "certificate", fields: adminCertificateFields, filters: { id } })
  const row = data[0] as unknown as CertificateRow | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${id} was not found`)
  return presentAdminCertificate(row)
}
