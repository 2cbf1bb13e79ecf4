import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentCertificate } from "../../../listing/sellable"
import { STAMP_MODULE } from "../../../modules/stamp"
import { normaliseGtin } from "../../../modules/stamp/gs1"
import type StampModuleService from "../../../modules/stamp/service"
import { stampQr, stampUrl } from "../../../modules/stamp/stamp-url"

export interface StampProductInput {
  product_id: string
  lot?: string | null
}

export interface StampProduct {
  product_id: string
  certificate_id: string
  producer_handle: string | null
  gtin: string | null
}

/**
 * Stamps are issued only under a certificate in force: finds the product's active certificate,
 * its producer and its real GTIN (if any), and checks the stamp URL with this lot fits a small QR.
 */
export const resolveStampProductStep = createStep("resolve-stamp-product", async (input: StampProductInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "metadata", "producer.handle", "certificates.id", "certificates.status", "certificates.valid_until", "certificates.decision_date"],
    filters: { id: input.product_id },
  })
  const product = data[0] as
    | { id: string; metadata: Record<string, unknown> | null; producer?: { handle: string } | null; certificates?: ({ id: string; status: string; valid_until: string; decision_date: string } | null)[] }
    | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm / Unknown product: ${input.product_id}`)
  const now = new Date()
  const certificate = currentCertificate(product.certificates, now)
  if (!certificate || certificate.status !== "active" || new Date(certificate.valid_until).getTime() <= now.getTime()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chỉ cấp tem cho sản phẩm có giấy chứng nhận OCOP còn hiệu lực hôm nay. / Stamps can only be issued for a product whose OCOP certificate is active and valid today")
  }
  const metadataGtin = typeof product.metadata?.gtin === "string" ? product.metadata.gtin : null
  const gtin = metadataGtin ? normaliseGtin(metadataGtin) : null
  const { storefrontUrl } = container.resolve<StampModuleService>(STAMP_MODULE).settings
  try {
    // The longest code is always 20 characters; any code measures the URL.
    stampQr(stampUrl(storefrontUrl, { code: "Z".repeat(20), gtin, lot: input.lot ?? null }))
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
  }
  return new StepResponse<StampProduct>({ product_id: product.id, certificate_id: certificate.id, producer_handle: product.producer?.handle ?? null, gtin })
})
