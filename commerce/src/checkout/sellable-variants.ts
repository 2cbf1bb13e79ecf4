import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { runPrepared } from "../database/prepared-statement"
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

/** What the listing rule needs to know about a variant's product, as query.graph gives it. */
export interface VariantProductFacts {
  id: string
  product: {
    title: string
    status: string
    certificates: { status: string; valid_until: string; decision_date: string }[]
    producer: { status: string } | null
  }
}

// The facts of every variant asked for, in one prepared statement: every cart add, line change and
// checkout asks, and query.graph assembles the same from five queries across the product,
// certification and producer modules and their links.
const VARIANT_PRODUCT_FACTS_SQL = `
SELECT v.id, json_build_object(
    'title', p.title,
    'status', p.status,
    'certificates', (SELECT coalesce(json_agg(json_build_object('status', c.status, 'valid_until', c.valid_until, 'decision_date', c.decision_date)), '[]')
        FROM certification_certificate_product_product cl
        JOIN certificate c ON c.id = cl.certificate_id AND c.deleted_at IS NULL
        WHERE cl.product_id = p.id AND cl.deleted_at IS NULL),
    'producer', (SELECT json_build_object('status', pr.status)
        FROM producer_producer_product_product pl
        JOIN producer pr ON pr.id = pl.producer_id AND pr.deleted_at IS NULL
        WHERE pl.product_id = p.id AND pl.deleted_at IS NULL
        LIMIT 1)) AS product
FROM product_variant v
JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
WHERE v.id = ANY($1) AND v.deleted_at IS NULL`

/** The product facts of each variant that exists (integration-tests/http/sellable-variants.spec.ts checks them against query.graph). */
export function readVariantProductFacts(db: Knex, variantIds: string[]): Promise<VariantProductFacts[]> {
  return runPrepared<VariantProductFacts>(db, "ocop-variant-product-facts", VARIANT_PRODUCT_FACTS_SQL, [variantIds])
}

/** The listing rule's verdict, now, for each variant's product. */
export async function variantVerdicts(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantVerdict>> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  const verdicts = new Map<string, VariantVerdict>()
  if (ids.length === 0) return verdicts
  const variants = await readVariantProductFacts(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), ids)
  const now = new Date()
  for (const { id, product } of variants) {
    const verdict = listingVerdict({ productStatus: product.status, producerStatus: product.producer?.status, certificate: currentCertificate(product.certificates, now) }, now)
    verdicts.set(id, { title: product.title, sellable: verdict.sellable, reason: verdict.sellable ? null : verdict.reason })
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
