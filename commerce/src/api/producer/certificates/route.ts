import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerScope } from "../scope"

const DAY = 86_400_000

interface CertificateRow {
  id: string
  decision_number: string
  decision_date: string
  issuing_authority_name: string
  stars: number
  valid_from: string
  valid_until: string
  status: string
  status_reason: string | null
  events?: ({ type: string; from_status: string | null; to_status: string; reason: string | null; created_at: string } | null)[] | null
}

type ProducerRow = { products?: ({ id: string; title: string; certificates?: (CertificateRow | null)[] | null } | null)[] | null }

/**
 * GET /producer/certificates — every certificate covering the producer's products, current and
 * past: status, validity, days left and the history of each (without who in the office acted).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const certificateFields = ["id", "decision_number", "decision_date", "issuing_authority_name", "stars", "valid_from", "valid_until", "status", "status_reason"]
  const eventFields = ["type", "from_status", "to_status", "reason", "created_at"]
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.id", "products.title", ...certificateFields.map((f) => `products.certificates.${f}`), ...eventFields.map((f) => `products.certificates.events.${f}`)],
    filters: { id: producer.id },
  })
  const now = Date.now()
  const byId = new Map<string, { certificate: CertificateRow; products: { id: string; title: string }[] }>()
  for (const product of (data[0] as ProducerRow | undefined)?.products ?? []) {
    for (const certificate of product?.certificates ?? []) {
      if (!product || !certificate) continue
      const entry = byId.get(certificate.id) ?? { certificate, products: [] }
      entry.products.push({ id: product.id, title: product.title })
      byId.set(certificate.id, entry)
    }
  }
  const certificates = [...byId.values()]
    .map(({ certificate: c, products }) => {
      const msLeft = new Date(c.valid_until).getTime() - now
      const inForce = c.status === "active" && msLeft > 0
      return {
        id: c.id,
        decision_number: c.decision_number,
        decision_date: c.decision_date,
        issuing_authority_name: c.issuing_authority_name,
        stars: c.stars,
        status: c.status,
        status_reason: c.status_reason,
        valid_from: c.valid_from,
        valid_until: c.valid_until,
        in_force: inForce,
        days_left: inForce ? Math.ceil(msLeft / DAY) : 0,
        products,
        history: (c.events ?? [])
          .filter((e): e is NonNullable<typeof e> => Boolean(e))
          .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()),
      }
    })
    .sort((a, b) => new Date(b.valid_until).getTime() - new Date(a.valid_until).getTime())
  res.json({ certificates })
}
