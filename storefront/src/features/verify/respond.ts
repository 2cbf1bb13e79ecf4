import type { AstroGlobal } from "astro"
import { sendReport, verifyStamp, type ReportOutcome, type Shopper, type VerifyResult } from "./verify"

/**
 * Runs a verify page: a GET verifies (one recorded scan); a POST is the report form, answered on
 * the same page with the verification shown again. Never cached: each scan must reach commerce.
 */
export async function respondToStampPage(Astro: AstroGlobal, input: { code: string } | { link: string }): Promise<{ result: VerifyResult; report: ReportOutcome | null; code: string }> {
  const shopper: Shopper = { address: Astro.clientAddress, userAgent: Astro.request.headers.get("user-agent") }
  Astro.response.headers.set("Cache-Control", "no-store")
  // The URL carries the stamp code: no other site may see it. Not "no-referrer": under that policy
  // browsers send `Origin: null` with the report form's POST, and Astro's checkOrigin answers 403.
  Astro.response.headers.set("Referrer-Policy", "same-origin")
  let report: ReportOutcome | null = null
  if (Astro.request.method === "POST") {
    const form = await Astro.request.formData().catch(() => new FormData())
    const code = "code" in input ? input.code : String(form.get("code") ?? "")
    report = await sendReport(form, code, shopper)
    if (report.kind === "rate_limited") {
      Astro.response.status = 429
      Astro.response.headers.set("Retry-After", String(report.retryAfter))
      return { result: { kind: "rate_limited", retryAfter: report.retryAfter }, report, code }
    }
    if (report.kind === "invalid") Astro.response.status = 400
  }
  const result = await verifyStamp(input, shopper)
  if (result.kind === "rate_limited") {
    Astro.response.status = 429
    Astro.response.headers.set("Retry-After", String(result.retryAfter))
  } else if (result.kind === "unavailable") {
    Astro.response.status = 503
  }
  const code = result.kind === "verified" && result.verification.code ? result.verification.code : "code" in input ? input.code : ""
  return { result, report, code }
}
