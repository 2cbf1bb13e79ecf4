/**
 * OCOP certification rules shared by the data model, workflows, seed and tests.
 * Sources: Decisions 1048/QĐ-TTg (2019) and 148/QĐ-TTg (2023); see shared/ocop-domain.md §1.3, §2.1.
 */

export type Stars = 3 | 4 | 5

/** Certificates are valid 36 months from the day the recognition decision is signed. */
export const VALIDITY_MONTHS = 36

/** Star rank earned by an average score; null below 50 points (1★ and 2★ receive no certificate). */
export function starsForScore(score: number): Stars | null {
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`Score must be between 0 and 100, got ${score}`)
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  return null
}

/**
 * End of validity: the same calendar day 36 months later, clamped to the month's last day
 * (a decision of 29/02/2024 runs until 28/02/2027).
 */
export function validUntil(decisionDate: Date, months = VALIDITY_MONTHS): Date {
  const year = decisionDate.getUTCFullYear()
  const month = decisionDate.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(decisionDate.getUTCDate(), lastDay)
  return new Date(
    Date.UTC(year, month, day, decisionDate.getUTCHours(), decisionDate.getUTCMinutes(), decisionDate.getUTCSeconds(), decisionDate.getUTCMilliseconds())
  )
}

/** Whole days from `now` until `until` (negative once past). */
export function daysUntil(until: Date, now: Date): number {
  return Math.floor((until.getTime() - now.getTime()) / 86_400_000)
}

/** Stored regime key for a decision reference such as "148/2023". */
export function regimeKey(reference: "1048/2019" | "148/2023" | "1489/2025"): "qd_1048_2019" | "qd_148_2023" | "qd_1489_2025" {
  return `qd_${reference.replace("/", "_")}` as "qd_1048_2019" | "qd_148_2023" | "qd_1489_2025"
}
