/**
 * What a shopper is told about a genuine code, in order of precedence: a revoked batch beats
 * everything (the roll was lost or stolen), then the certificate as it stands today, then the
 * copying heuristic. Forged and unknown codes never get here: they are `not_genuine`.
 */
export type StampState =
  | "genuine"
  | "certificate_expired"
  | "certificate_suspended"
  | "certificate_revoked"
  | "suspicious"
  | "not_genuine"
  | "batch_revoked"

export interface VerdictFacts {
  batchStatus: string
  certificate: { status: string; valid_until: Date | string } | null
  /** Distinct devices that verified this stamp within the window, this one included. */
  devicesInWindow: number
}

export function stampVerdict(facts: VerdictFacts, thresholds: { suspiciousDevices: number }, now: Date = new Date()): StampState {
  if (facts.batchStatus === "revoked") return "batch_revoked"
  const certificate = facts.certificate
  if (!certificate || certificate.status === "revoked") return "certificate_revoked"
  if (certificate.status === "suspended") return "certificate_suspended"
  if (certificate.status !== "active" || new Date(certificate.valid_until).getTime() <= now.getTime()) return "certificate_expired"
  if (facts.devicesInWindow > thresholds.suspiciousDevices) return "suspicious"
  return "genuine"
}
