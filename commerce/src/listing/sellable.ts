/**
 * The listing rule: the one place that decides whether a product may be sold right now.
 * Storefront lists and pages, search, cart and checkout all call it (or its query form) at read
 * time, so a certificate that expires at 10:00 hides its products at 10:00, before any job runs.
 */

export interface ListingFacts {
  productStatus: string
  producerStatus: string | null | undefined
  certificate: { status: string; valid_until: Date | string } | null | undefined
}

export type NotSellableReason = "not_published" | "no_certificate" | "certificate_expired" | "certificate_suspended" | "certificate_revoked" | "producer_suspended"

export function listingVerdict(facts: ListingFacts, now: Date = new Date()): { sellable: true } | { sellable: false; reason: NotSellableReason } {
  // Certificate and producer come first: a product the rule itself put back to draft should say why.
  const certificate = facts.certificate
  if (!certificate) return { sellable: false, reason: "no_certificate" }
  if (certificate.status === "suspended") return { sellable: false, reason: "certificate_suspended" }
  if (certificate.status === "revoked") return { sellable: false, reason: "certificate_revoked" }
  if (certificate.status !== "active" || new Date(certificate.valid_until).getTime() <= now.getTime()) {
    return { sellable: false, reason: "certificate_expired" }
  }
  if (facts.producerStatus !== "active") return { sellable: false, reason: "producer_suspended" }
  if (facts.productStatus !== "published") return { sellable: false, reason: "not_published" }
  return { sellable: true }
}

export function isSellable(facts: ListingFacts, now: Date = new Date()): boolean {
  return listingVerdict(facts, now).sellable
}

/**
 * The certificate that speaks for a product now: the active one with the latest validity if any,
 * otherwise the most recent decision (so an expired or revoked product still shows why).
 */
export function currentCertificate<C extends { status: string; valid_until: Date | string; decision_date: Date | string }>(
  certificates: (C | null | undefined)[] | null | undefined,
  now: Date = new Date()
): C | null {
  const all = (certificates ?? []).filter((c): c is C => Boolean(c))
  const valid = all
    .filter((c) => c.status === "active" && new Date(c.valid_until).getTime() > now.getTime())
    .sort((a, b) => new Date(b.valid_until).getTime() - new Date(a.valid_until).getTime())
  if (valid[0]) return valid[0]
  return all.sort((a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime())[0] ?? null
}
