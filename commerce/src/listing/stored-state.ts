import { currentCertificate, listingVerdict } from "./sellable"

/**
 * Makes a product's stored status follow the listing rule, so that Medusa's own store routes and
 * every other reader agree with the storefront: a product that loses its right to be sold is put
 * back to draft and marked `ocop_delisted`; when the right returns (reinstatement, renewal) only
 * products that the rule itself delisted are published again — never a draft a producer kept back.
 */

/**
 * Metadata mark of a product its producer took off sale after it had been on sale: the shop then
 * says it is no longer sold (rather than not knowing it), and only the producer brings it back.
 */
export const WITHDRAWN_KEY = "ocop_withdrawn"

export interface StoredProduct {
  id: string
  handle?: string
  title?: string
  status: string
  metadata: Record<string, unknown> | null
  certificates?:
    | ({ id?: string; status: string; valid_until: string | Date; decision_date: string | Date; stars?: number; product_group?: string } | null)[]
    | null
  producer?: { status: string; handle?: string } | null
  variants?: ({ prices?: ({ amount: number | string; currency_code: string } | null)[] | null } | null)[] | null
}

export interface ProductStatusUpdate {
  id: string
  status: "draft" | "published"
  metadata: Record<string, unknown>
}

export function listingUpdates(products: StoredProduct[], now: Date): ProductStatusUpdate[] {
  const updates: ProductStatusUpdate[] = []
  for (const product of products) {
    const certificate = currentCertificate(product.certificates, now)
    // The product's own status is what we are deciding, so judge it as if it were published.
    const verdict = listingVerdict({ productStatus: "published", producerStatus: product.producer?.status, certificate }, now)
    const delistedByRule = Boolean(product.metadata?.ocop_delisted)
    if (!verdict.sellable && product.status === "published") {
      updates.push({
        id: product.id,
        status: "draft",
        metadata: { ...product.metadata, ocop_delisted: { reason: verdict.reason, at: now.toISOString() } },
      })
    } else if (verdict.sellable && product.status === "draft" && delistedByRule) {
      updates.push({ id: product.id, status: "published", metadata: { ...product.metadata, ocop_delisted: null } })
    }
  }
  return updates
}

/** The product's row in the listing read model (modules/listing), as it stands after `updates`. */
export interface ProductListingRow {
  product_id: string
  handle: string
  title: string
  published: boolean
  producer_handle: string | null
  producer_active: boolean
  certificate_id: string | null
  certificate_status: string | null
  stars: number | null
  product_group: string | null
  decision_date: Date | null
  valid_until: Date | null
  price_vnd: number | null
  synced_at: Date
}

export function listingRow(product: StoredProduct, statusAfterSync: string, now: Date, readAt: Date = now): ProductListingRow {
  const certificate = currentCertificate(product.certificates, now)
  const prices = (product.variants ?? [])
    .flatMap((variant) => variant?.prices ?? [])
    .filter((price): price is { amount: number | string; currency_code: string } => Boolean(price) && price!.currency_code === "vnd")
    .map((price) => Number(price.amount))
  return {
    product_id: product.id,
    handle: product.handle ?? "",
    title: product.title ?? "",
    published: statusAfterSync === "published",
    producer_handle: product.producer?.handle ?? null,
    producer_active: product.producer?.status === "active",
    certificate_id: certificate?.id ?? null,
    certificate_status: certificate?.status ?? null,
    stars: certificate?.stars ?? null,
    product_group: certificate?.product_group ?? null,
    decision_date: certificate ? new Date(certificate.decision_date) : null,
    valid_until: certificate ? new Date(certificate.valid_until) : null,
    // A product sells from its cheapest pack.
    price_vnd: prices.length > 0 ? Math.min(...prices) : null,
    synced_at: readAt,
  }
}
