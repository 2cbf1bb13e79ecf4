import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import type { PublicCertificate } from "../catalogue/types"
import { commerceRefusal, type ReportErrors, type ReportInput, type ReportValue } from "./report-form"

/** Shapes of the commerce API's stamp answers (/verify/stamps, /store/ocop/stamps/reports). */
export type StampState = "genuine" | "certificate_expired" | "certificate_suspended" | "certificate_revoked" | "suspicious" | "not_genuine" | "batch_revoked" | "stamp_voided"

export interface StampVerification {
  state: StampState
  code: string | null
  serial: string | null
  verifications: { count: number; firstAt: string; first: boolean } | null
  product: { id: string; handle: string; title: { vi: string; en: string }; thumbnail: string | null; stars: number | null } | null
  producer: { handle: string; name: string; province: string; commune: string } | null
  certificate: (PublicCertificate & { statusChangedAt: string | null }) | null
  batch: { id: string; lot: string | null; productionDate: string | null; expiryDate: string | null; revokedAt: string | null; revokedReason: string | null } | null
  /** Set when the producer or the office voided this one stamp. */
  voided: { at: string; reason: string } | null
}

export type VerifyResult = { kind: "verified"; verification: StampVerification } | { kind: "rate_limited"; retryAfter: number } | { kind: "unavailable" }

/** What the shopper's browser tells us, passed on so commerce can rate-limit and count devices per shopper, not per storefront. */
export interface Shopper {
  address: string
  userAgent: string | null
}

function headers(shopper: Shopper, extra: Record<string, string> = {}): Record<string, string> {
  return {
    accept: "application/json",
    "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY,
    "x-forwarded-for": shopper.address,
    ...(shopper.userAgent ? { "user-agent": shopper.userAgent.slice(0, 512) } : {}),
    ...extra,
  }
}

/** Asks commerce about a code (`/v/{code}`) or a Digital Link path (`/01/…`); every call is one recorded scan. */
export async function verifyStamp(input: { code: string } | { link: string }, shopper: Shopper): Promise<VerifyResult> {
  const url = new URL("/verify/stamps", MEDUSA_BACKEND_URL)
  if ("code" in input) url.searchParams.set("code", input.code)
  else url.searchParams.set("link", input.link)
  try {
    const response = await fetch(url, { headers: headers(shopper), signal: AbortSignal.timeout(5000) })
    if (response.status === 429) return { kind: "rate_limited", retryAfter: Number(response.headers.get("retry-after")) || 60 }
    if (response.status === 400) return { kind: "verified", verification: notGenuine }
    if (!response.ok) return { kind: "unavailable" }
    const body = (await response.json()) as { verification: StampVerification }
    return { kind: "verified", verification: body.verification }
  } catch {
    return { kind: "unavailable" }
  }
}

const notGenuine: StampVerification = { state: "not_genuine", code: null, serial: null, verifications: null, product: null, producer: null, certificate: null, batch: null, voided: null }

export type ReportOutcome =
  | { kind: "sent" }
  | { kind: "invalid"; errors: ReportErrors; input: ReportInput }
  | { kind: "rate_limited"; retryAfter: number }
  | { kind: "unavailable"; input: ReportInput }

/** Sends a checked report (parseReport) on to commerce; commerce failing is "unavailable", never silence. */
export async function sendReport(report: ReportValue, code: string, shopper: Shopper): Promise<ReportOutcome> {
  const { photo, ...input } = report
  const encoded = photo ? { content_type: photo.type, data: Buffer.from(await photo.arrayBuffer()).toString("base64") } : undefined
  const body = { code, ...input, ...(encoded ? { photo: encoded } : {}) }
  try {
    const response = await fetch(new URL("/store/ocop/stamps/reports", MEDUSA_BACKEND_URL), {
      method: "POST",
      headers: headers(shopper, { "content-type": "application/json" }),
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    })
    if (response.status === 201) return { kind: "sent" }
    if (response.status === 429) return { kind: "rate_limited", retryAfter: Number(response.headers.get("retry-after")) || 60 }
    if (response.status === 400) {
      const refusal = ((await response.json().catch(() => ({}))) as { message?: string }).message ?? ""
      return { kind: "invalid", errors: commerceRefusal(refusal), input }
    }
    console.error("stamp report refused by commerce", response.status)
    return { kind: "unavailable", input }
  } catch (error) {
    console.error("stamp report failed", error)
    return { kind: "unavailable", input }
  }
}

/** The date a state happened on: the certificate's status change, its expiry, the batch revocation or the stamp's voiding. */
export function stateDate(verification: StampVerification): string | null {
  switch (verification.state) {
    case "certificate_expired":
      return verification.certificate?.validUntil ?? null
    case "certificate_suspended":
    case "certificate_revoked":
      return verification.certificate?.statusChangedAt ?? null
    case "batch_revoked":
      return verification.batch?.revokedAt ?? null
    case "stamp_voided":
      return verification.voided?.at ?? null
    default:
      return null
  }
}
