import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { currentCertificate, listingVerdict, type NotSellableReason } from "../listing/sellable"
import { refusalCodes } from "./refusal"

export const notSellableExplanations: Record<NotSellableReason, { vi: string; en: string }> = {
  not_published: { vi: "không còn được bán", en: "is not on sale" },
  no_certificate: { vi: "chưa có giấy chứng nhận OCOP", en: "has no OCOP certificate" },
  certificate_expired: { vi: "có giấy chứng nhận OCOP đã hết hạn", en: "has an expired OCOP certificate" },
  certificate_suspended: { vi: "có giấy chứng nhận OCOP đang bị tạm đình chỉ", en: "has a suspended OCOP certificate" },
  certificate_revoked: { vi: "có giấy chứng nhận OCOP đã bị thu hồi", en: "has a revoked OCOP certificate" },
  producer_suspended: { vi: "thuộc chủ thể đang bị tạm dừng", en: "comes from a producer that is suspended" },
}

export interface VariantVerdict {
  title: string
  sellable: boolean
  reason: NotSellableReason | null
}

/** The listing rule's verdict, now, for each variant's product. */
export async function variantVerdicts(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantVerdict>> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  const verdicts = new Map<string, VariantVerdict>()
  if (ids.length === 0) return verdicts
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.status", "product.certificates.status", "product.certificates.valid_until", "product.certificates.decision_date", "product.producer.status"],
    filters: { id: ids },
  })
  const now = new Date()
  for (const variant of data as { id: string; product?: { title: string; status: string; certificates?: { status: string; valid_until: string; decision_date: string }[]; producer?: { status: string } | null } | null }[]) {
    const product = variant.product
    if (!product) continue
    const verdict = listingVerdict({ productStatus: product.status, producerStatus: product.producer?.status, certificate: currentCertificate(product.certificates, now) }, now)
    verdicts.set(variant.id, { title: product.title, sellable: verdict.sellable, reason: verdict.sellable ? null : verdict.reason })
  }
  return verdicts
}

/** Refuses variants whose product may not be sold now; the message names each product and why. */
export async function assertVariantsSellable(container: MedusaContainer, variantIds: string[]): Promise<void> {
  const refused = [...(await variantVerdicts(container, variantIds)).values()].filter((verdict) => !verdict.sellable)
  if (refused.length === 0) return
  const vi = refused.map((verdict) => `"${verdict.title}" ${notSellableExplanations[verdict.reason!].vi}`).join("; ")
  const en = refused.map((verdict) => `"${verdict.title}" ${notSellableExplanations[verdict.reason!].en}`).join("; ")
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Không thể bán: ${vi} / Cannot sell: ${en}`, refusalCodes.notSellable)
}
