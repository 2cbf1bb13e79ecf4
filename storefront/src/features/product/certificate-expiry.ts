/** How far ahead a shopper is told that a product's certificate, and so its sale, is about to end. */
const NOTICE_DAYS = 30
const DAY_MS = 86_400_000

/**
 * Whole days left before the certificate's validity ends, when that is close enough to tell the
 * shopper (the product leaves sale on that day until the certificate is renewed); null otherwise.
 */
export function daysUntilExpiry(validUntil: string, now: Date): number | null {
  const remainingMs = new Date(validUntil).getTime() - now.getTime()
  if (remainingMs <= 0) return null
  const left = Math.ceil(remainingMs / DAY_MS)
  return left <= NOTICE_DAYS ? left : null
}
