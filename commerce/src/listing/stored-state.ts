import { currentCertificate, listingVerdict } from "./sellable"

/**
 * Makes a product's stored status follow the listing rule, so that Medusa's own store routes and
 * every other reader agree with the storefront: a product that loses its right to be sold is put
 * back to draft and marked `ocop_delisted`; when the right returns (reinstatement, renewal) only
 * products that the rule itself delisted are published again — never a draft a producer kept back.
 */

export interface StoredProduct {
  id: string
  status: string
  metadata: Record<string, unknown> | null
  certificates?: ({ status: string; valid_until: string | Date; decision_date: string | Date } | null)[] | null
  producer?: { status: string } | null
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
