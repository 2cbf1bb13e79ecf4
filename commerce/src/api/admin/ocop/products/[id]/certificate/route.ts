import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { currentCertificate, listingVerdict } from "../../../../../../listing/sellable"
import { parseInput } from "../../../../../validation"
import { adminCertificateFields, presentAdminCertificate } from "../../../certificates/admin-certificate"

const ProductIdParams = z.object({ id: z.string().regex(/^prod_[0-9A-Z]{26}$/, "id must be a product id (prod_…)") })

/** GET /admin/ocop/products/:id/certificate — the certificate in force for a product, its history, and whether it may be sold. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(ProductIdParams, req.params, "path")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "producer.status", ...adminCertificateFields.map((field) => `certificates.${field}`)],
    filters: { id },
  })
  const product = data[0] as unknown as { status: string; producer?: { status: string } | null; certificates?: never[] } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
  const now = new Date()
  const certificates = (product.certificates ?? []).filter(Boolean).map((row) => presentAdminCertificate(row, now))
  const current = currentCertificate(certificates, now)
  const verdict = listingVerdict({ productStatus: product.status, producerStatus: product.producer?.status, certificate: current }, now)
  res.json({
    current,
    history: certificates.filter((c) => c.id !== current?.id).sort((a, b) => b.decision_date.localeCompare(a.decision_date)),
    sellable: verdict.sellable,
    reason: verdict.sellable ? null : verdict.reason,
  })
}
