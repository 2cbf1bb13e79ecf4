import type { AstroGlobal } from "astro"
import type { Lang } from "../../i18n/dictionaries"
import { readFormBody } from "../../lib/form-body"
import { parseReport } from "./report-form"
import { routeDigitalLink, routeStampCode, routeStampEntry, wasTyped, type DigitalLinkRoute, type StampCodeRoute, type StampEntryRoute } from "./stamp-code"
import type { Entry } from "./verdict"
import { sendReport, verifyStamp, type ReportOutcome, type Shopper, type VerifyResult } from "./verify"

const REPORT_STATUS: Partial<Record<ReportOutcome["kind"], number>> = { invalid: 400, unavailable: 503 }

/** The report form posted to a verify page: checked here first, then sent on to commerce. */
async function report(request: Request, input: { code: string } | { link: string }, shopper: Shopper): Promise<ReportOutcome> {
  const form = await readFormBody(request)
  if (!form) return { kind: "invalid", errors: { form: "formUnreadable" }, input: { where_bought: "", message: "" } }
  const parsed = parseReport(form)
  if (!parsed.ok) return { kind: "invalid", errors: parsed.errors, input: parsed.input }
  const code = "code" in input ? input.code : String(form.get("code") ?? "")
  return sendReport(parsed.value, code, shopper)
}

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
  const sent = Astro.request.method === "POST" ? await report(Astro.request, input, shopper) : null
  if (sent?.kind === "rate_limited") {
    Astro.response.status = 429
    Astro.response.headers.set("Retry-After", String(sent.retryAfter))
    return { result: { kind: "rate_limited", retryAfter: sent.retryAfter }, report: sent, code: "code" in input ? input.code : "" }
  }
  if (sent) Astro.response.status = REPORT_STATUS[sent.kind] ?? 200
  const result = await verifyStamp(input, shopper)
  if (result.kind === "rate_limited") {
    Astro.response.status = 429
    Astro.response.headers.set("Retry-After", String(result.retryAfter))
  } else if (result.kind === "unavailable") {
    Astro.response.status = 503
  }
  const code = result.kind === "verified" && result.verification.code ? result.verification.code : "code" in input ? input.code : ""
  return { result, report: sent, code }
}

export type StampCodePage = Exclude<StampCodeRoute, { kind: "verify" }> | ({ kind: "verified"; entry: Entry } & Awaited<ReturnType<typeof respondToStampPage>>)

/**
 * Runs `/v/{code}`. Only a well-formed code reaches commerce (and counts as a scan); a serial or a
 * string that cannot be a code is explained with the entry form (400), never judged counterfeit.
 */
export async function respondToStampCodePage(Astro: AstroGlobal, lang: Lang): Promise<StampCodePage> {
  const typed = wasTyped(Astro.url)
  const route = routeStampCode(lang, Astro.params.code ?? "", Astro.request.method, typed)
  if (route.kind === "verify") return { kind: "verified", entry: typed ? "typed" : "scanned", ...(await respondToStampPage(Astro, { code: route.code })) }
  Astro.response.headers.set("Cache-Control", "no-store")
  if (route.kind === "not_a_code") Astro.response.status = 400
  return route
}

export type DigitalLinkPage = Exclude<DigitalLinkRoute, { kind: "verify" }> | ({ kind: "verified" } & Awaited<ReturnType<typeof respondToStampPage>>)

/** Runs `/01/{gs1 path}`, the GS1 Digital Link a stamp's QR may carry, as `/v/{code}` is run. */
export async function respondToDigitalLinkPage(Astro: AstroGlobal, gs1Path: string): Promise<DigitalLinkPage> {
  const route = routeDigitalLink(gs1Path)
  if (route.kind === "verify") return { kind: "verified", ...(await respondToStampPage(Astro, { link: route.link })) }
  Astro.response.headers.set("Cache-Control", "no-store")
  Astro.response.status = 400
  return route
}

/** Runs the code entry page (`/v?code=…`). */
export function respondToStampEntryPage(Astro: AstroGlobal, lang: Lang): StampEntryRoute {
  const route = routeStampEntry(lang, Astro.url.searchParams.get("code"))
  Astro.response.headers.set("Cache-Control", "no-store")
  if (route.kind === "not_a_code") Astro.response.status = 400
  return route
}
