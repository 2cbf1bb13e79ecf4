import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { deliveryArea } from "../../../checkout/delivery-area"
import { currentCertificate, listingVerdict, type NotSellableReason } from "../../../listing/sellable"
import { WITHDRAWN_KEY } from "../../../listing/stored-state"
import { IMAGE_VARIANTS_KEY, type ImageVariants } from "../../../product-images/types"
import { productMetadataLock } from "../../../listing/metadata-lock"
import { syncProductListingWorkflow } from "../../../workflows/certification/sync-product-listing"

/** Why a product cannot be sold, in words a producer can act on (Vietnamese first). */
export const notSellableMessage: Record<NotSellableReason, string> = {
  not_published: "Sản phẩm chưa được đăng bán. / The product is not published.",
  no_certificate: "Sản phẩm chưa có giấy chứng nhận OCOP. / The product has no OCOP certificate.",
  certificate_expired: "Giấy chứng nhận OCOP đã hết hiệu lực. / The OCOP certificate has expired.",
  certificate_suspended: "Giấy chứng nhận OCOP đang bị tạm đình chỉ. / The OCOP certificate is suspended.",
  certificate_revoked: "Giấy chứng nhận OCOP đã bị thu hồi. / The OCOP certificate was revoked.",
  producer_suspended: "Chủ thể đang bị tạm dừng. / The producer is suspended.",
}

export const productFields = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "metadata",
  "thumbnail",
  "images.id",
  "images.url",
  "images.rank",
  "producer.id",
  "producer.status",
  "variants.id",
  "variants.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "certificates.id",
  "certificates.status",
  "certificates.valid_until",
  "certificates.decision_date",
  "certificates.decision_number",
  "certificates.stars",
]

interface ProductRow {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  metadata: Record<string, unknown> | null
  thumbnail?: string | null
  images?: ({ id: string; url: string; rank: number } | null)[] | null
  producer?: { id: string; status: string } | null
  variants?: ({ id: string; title: string; prices?: ({ amount: number; currency_code: string } | null)[] | null } | null)[] | null
  certificates?: ({ id: string; status: string; valid_until: string; decision_date: string; decision_number: string; stars: number } | null)[] | null
}

/** The product's photos in gallery order. */
export function galleryOf(row: Pick<ProductRow, "images">): { id: string; url: string }[] {
  return (row.images ?? [])
    .filter((image): image is NonNullable<typeof image> => Boolean(image))
    .sort((a, b) => a.rank - b.rank)
    .map(({ id, url }) => ({ id, url }))
}

/** The smallest WebP variant for a portal thumbnail, or the original until its variants are made. */
function previewUrl(row: ProductRow, url: string): string {
  const variants = (row.metadata?.[IMAGE_VARIANTS_KEY] as Record<string, ImageVariants> | undefined)?.[url]
  return variants?.webp[0]?.url ?? url
}

/** The product as the portal shows it: its editable fields, VND prices and whether (and why not) it is on sale. */
export function presentProducerProduct(row: ProductRow, now = new Date()) {
  const certificate = currentCertificate(row.certificates, now)
  const verdict = listingVerdict({ productStatus: row.status, producerStatus: row.producer?.status, certificate }, now)
  const publishable = listingVerdict({ productStatus: "published", producerStatus: row.producer?.status, certificate }, now)
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    description: row.description,
    status: row.status,
    story_vi: (row.metadata?.story_vi as string | undefined) ?? null,
    story_en: (row.metadata?.story_en as string | undefined) ?? null,
    delivery_area: deliveryArea(row.metadata),
    images: galleryOf(row).map((image) => ({ ...image, preview_url: previewUrl(row, image.url) })),
    variants: (row.variants ?? []).filter((v): v is NonNullable<typeof v> => Boolean(v)).map((v) => ({
      id: v.id,
      title: v.title,
      price: v.prices?.find((p) => p?.currency_code === "vnd")?.amount ?? null,
    })),
    certificate: certificate ? { id: certificate.id, decision_number: certificate.decision_number, status: certificate.status, stars: certificate.stars, valid_until: certificate.valid_until } : null,
    sellable: verdict.sellable,
    reason: verdict.sellable ? null : verdict.reason,
    reason_message: verdict.sellable ? null : notSellableMessage[verdict.reason],
    can_publish: publishable.sellable,
    /** Taken off sale by the producer; publishing puts it back. */
    withdrawn: row.status !== "published" && Boolean(row.metadata?.[WITHDRAWN_KEY]),
    /** On sale now, or off sale only until its certificate or producer is in order again. */
    can_withdraw: row.status === "published" || Boolean(row.metadata?.["ocop_delisted"]),
  }
}

/** One of the signed-in producer's products; another producer's product is reported as not found. */
export async function loadOwnProduct(req: AuthenticatedMedusaRequest, producerId: string, productId: string): Promise<ProductRow> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: productFields, filters: { id: productId } })
  const row = data[0] as unknown as ProductRow | undefined
  if (!row || row.producer?.id !== producerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm / Product ${productId} was not found`)
  return row
}

/**
 * Puts the producer's product on sale or takes it off (its status and listing marks, only the keys
 * given: Medusa merges metadata; under the product's metadata lock), and brings its row in the
 * catalogue up to date before answering: the portal then says "on sale" only once shoppers can see it.
 * The product.updated subscriber would do the same a moment later.
 */
export async function setOwnProductStatus(req: AuthenticatedMedusaRequest, productId: string, status: "published" | "draft", metadata: Record<string, unknown>): Promise<void> {
  await req.scope.resolve(Modules.LOCKING).execute(productMetadataLock(productId), () =>
    updateProductsWorkflow(req.scope).run({ input: { products: [{ id: productId, status, metadata }] } })
  )
  await syncProductListingWorkflow(req.scope).run({ input: { product_ids: [productId], rows_only: true } })
}
