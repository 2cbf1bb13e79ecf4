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

/** Vietnam has no daylight saving time: ICT is always UTC+7. */
const ICT_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * Last instant a certificate is valid. "36 tháng kể từ ngày ký" counts the signing day as the first
 * day, so a decision signed 06/08/2024 is valid through 05/08/2027, to 23:59:59.999 Vietnam time.
 * When the anniversary date does not exist (signed 29/02/2024), the period ends on the last day of
 * that month (28/02/2027).
 */
export function validUntil(decisionDate: Date, months = VALIDITY_MONTHS): Date {
  const local = new Date(decisionDate.getTime() + ICT_OFFSET_MS)
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth() + months
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const anniversary =
    local.getUTCDate() > lastDayOfTargetMonth
      ? Date.UTC(year, month + 1, 1)
      : Date.UTC(year, month, local.getUTCDate())
  // Midnight ICT of the anniversary, minus one millisecond.
  return new Date(anniversary - ICT_OFFSET_MS - 1)
}

/** Calendar date (YYYY-MM-DD) of an instant in Vietnam time. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + ICT_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whole days from `now` until `until` (negative once past). */
export function daysUntil(until: Date, now: Date): number {
  return Math.floor((until.getTime() - now.getTime()) / 86_400_000)
}

/** Stored regime key for a decision reference such as "148/2023". */
export function regimeKey(reference: "1048/2019" | "148/2023" | "1489/2025"): Regime {
  return `qd_${reference.replace("/", "_")}` as Regime
}

export type Regime = "qd_1048_2019" | "qd_148_2023" | "qd_1489_2025"
export type AuthorityLevel = "district" | "province" | "national"

/**
 * Who recognises each star rank under each regime (shared/ocop-domain.md §1.4): 5★ is always the
 * Ministry's; 3★ was the district's under 148 and moved to the province under 1489.
 */
const issuingLevels: Record<Regime, Record<Stars, AuthorityLevel>> = {
  qd_1048_2019: { 3: "province", 4: "province", 5: "national" },
  qd_148_2023: { 3: "district", 4: "province", 5: "national" },
  qd_1489_2025: { 3: "province", 4: "province", 5: "national" },
}

const regimeName: Record<Regime, string> = { qd_1048_2019: "QĐ 1048/2019", qd_148_2023: "QĐ 148/2023", qd_1489_2025: "QĐ 1489/2025" }
const levelName: Record<AuthorityLevel, { vi: string; en: string }> = {
  district: { vi: "UBND cấp huyện", en: "the district People's Committee" },
  province: { vi: "UBND cấp tỉnh", en: "the provincial People's Committee" },
  national: { vi: "Bộ (cấp trung ương)", en: "the Ministry (national level)" },
}

/** Why a decision's issuing level cannot have recognised its star rank under its regime, or null when it can. */
export function issuingLevelProblem(regime: Regime, stars: Stars, level: AuthorityLevel): string | null {
  const expected = issuingLevels[regime][stars]
  if (expected === level) return null
  return (
    `Theo ${regimeName[regime]}, sản phẩm ${stars} sao do ${levelName[expected].vi} công nhận, không phải ${levelName[level].vi}. / ` +
    `Under ${regimeName[regime]}, a ${stars}-star product is recognised by ${levelName[expected].en}, not ${levelName[level].en}`
  )
}

export type CertificateStatus = "active" | "suspended" | "revoked" | "expired"
export type StatusAction = "suspend" | "reinstate" | "revoke"

const transitions: Record<StatusAction, { from: CertificateStatus[]; to: CertificateStatus; reasonRequired: boolean }> = {
  suspend: { from: ["active"], to: "suspended", reasonRequired: true },
  reinstate: { from: ["suspended"], to: "active", reasonRequired: false },
  revoke: { from: ["active", "suspended"], to: "revoked", reasonRequired: true },
}

const pastParticiple: Record<StatusAction, string> = { suspend: "suspended", reinstate: "reinstated", revoke: "revoked" }
const actionVi: Record<StatusAction, string> = { suspend: "tạm đình chỉ", reinstate: "khôi phục", revoke: "thu hồi" }
const statusVi: Record<CertificateStatus, string> = { active: "còn hiệu lực", suspended: "đang tạm đình chỉ", revoked: "đã thu hồi", expired: "đã hết hiệu lực" }

/**
 * Which status an admin action leads to, or why it is not allowed. Expiry is not an action: it
 * follows from valid_until; a revoked or expired certificate only comes back through renewal.
 */
export function statusTransition(
  current: CertificateStatus,
  action: StatusAction,
  reason: string | null | undefined
): { allowed: true; to: CertificateStatus } | { allowed: false; message: string } {
  const rule = transitions[action]
  if (!rule.from.includes(current)) {
    return { allowed: false, message: `Không thể ${actionVi[action]} giấy chứng nhận ${statusVi[current]}. / A certificate that is ${current} cannot be ${pastParticiple[action]}` }
  }
  if (rule.reasonRequired && !reason?.trim()) return { allowed: false, message: `Cần ghi lý do ${actionVi[action]} giấy chứng nhận. / A reason is required to ${action} a certificate` }
  return { allowed: true, to: rule.to }
}

/** Days before expiry at which producers and the programme office are reminded (law requires ≥ 30). */
export const REMINDER_THRESHOLDS = [90, 30, 7] as const

/**
 * The reminder due now for a certificate with `daysLeft` days of validity, given the thresholds
 * already reminded: the smallest threshold reached, unless it (or a later one) was already sent.
 */
export function reminderDue(daysLeft: number, alreadySent: number[]): number | null {
  if (daysLeft < 0) return null
  const reached = REMINDER_THRESHOLDS.filter((threshold) => daysLeft <= threshold)
  const due = reached.length > 0 ? Math.min(...reached) : null
  if (due === null) return null
  return alreadySent.some((sent) => sent <= due) ? null : due
}
