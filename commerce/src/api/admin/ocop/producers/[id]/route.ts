import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { openLinesOfProducer } from "../../../../../checkout/order-progress"
import { currentCertificate, listingVerdict } from "../../../../../listing/sellable"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { parseInput } from "../../../../validation"
import { producerPeople, producerSummaryFields } from "../admin-producer"
import { ProducerIdParams } from "../validators"

interface CertificateFacts {
  status: string
  valid_until: string
  decision_date: string
}

interface ProducerDetailRow {
  id: string
  status: string
  products?: ({ id: string; title: string; handle: string; status: string; certificates?: (CertificateFacts | null)[] | null } | null)[] | null
  [field: string]: unknown
}

const detailFields = [
  ...producerSummaryFields,
  "street",
  "legacy_address",
  "tax_code",
  "phone",
  "email",
  "created_at",
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.certificates.status",
  "products.certificates.valid_until",
  "products.certificates.decision_date",
]

/** How many of a producer's open order lines its page lists; the count says how many there are in all. */
const OPEN_LINES_SHOWN = 50

/**
 * GET /admin/ocop/producers/:id — the producer, its members and open invites, its products with
 * whether each may be sold now, and its order lines still to be fulfilled, those waiting longest first.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(ProducerIdParams, req.params, "path")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: detailFields, filters: { id } })
  const row = data[0] as unknown as ProducerDetailRow | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} was not found`)
  const now = new Date()
  const { products, ...producer } = row
  const [people, openLines] = await Promise.all([
    producerPeople(req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE), id),
    openLinesOfProducer(req.scope, id, OPEN_LINES_SHOWN),
  ])
  res.json({
    producer,
    ...people,
    products: (products ?? [])
      .filter((p): p is NonNullable<typeof p> => Boolean(p))
      .map((product) => {
        const verdict = listingVerdict({ productStatus: product.status, producerStatus: row.status, certificate: currentCertificate(product.certificates, now) }, now)
        return { id: product.id, title: product.title, handle: product.handle, status: product.status, sellable: verdict.sellable, reason: verdict.sellable ? null : verdict.reason }
      })
      .sort((a, b) => a.title.localeCompare(b.title, "vi")),
    open_order_lines: openLines,
  })
}
