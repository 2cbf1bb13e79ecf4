import type { Lang } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { SAMPLE_STAMP_CODE } from "../product/stamp-sample"

/**
 * What a shopper typed or scanned, read the way commerce reads stamp codes
 * (commerce/src/modules/stamp/code.ts): 20 characters of Crockford base32, case-insensitive, with
 * O read as 0 and I, L as 1. Only the signature check needs the key, so the storefront can tell a
 * mistyped or misread string from a forged code without asking commerce.
 */

export const STAMP_CODE_LENGTH = 20
/** The serial printed beside the code ("Số …") is 11 characters of the same alphabet. */
const SERIAL_LENGTH = 11
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const READING_AIDS: Record<string, string> = { O: "0", I: "1", L: "1" }
// Spaces, hyphens and the dashes phones and word processors turn hyphens into.
const SEPARATORS = /[\s\-‐‑‒–—―−_.·]+/g

export type TypedStampCode =
  | { kind: "code"; code: string }
  | { kind: "sample" }
  /** The stamp's serial number, which identifies it but proves nothing: it carries no signature. */
  | { kind: "serial" }
  | { kind: "not_a_code" }

/**
 * Reads a typed or scanned stamp code: a pasted verify URL's last segment, full-width characters
 * (NFKC), case, separators and reading aids are forgiven; the result's `code` is the canonical
 * spelling commerce stores. Anything else is the sample stamp, a serial or not a code at all.
 */
export function readStampCode(typed: string): TypedStampCode {
  const compact = compactCode(typed)
  if (compact === SAMPLE_STAMP_CODE) return { kind: "sample" }
  const canonical = inAlphabet(compact)
  if (canonical === null) return { kind: "not_a_code" }
  if (canonical.length === STAMP_CODE_LENGTH) return { kind: "code", code: canonical }
  return canonical.length === SERIAL_LENGTH ? { kind: "serial" } : { kind: "not_a_code" }
}

/** What was typed or scanned with the forgiven parts gone: a pasted URL's last segment, upper case, no separators. */
function compactCode(typed: string): string {
  const lastSegment = typed.normalize("NFKC").trim().split("/").filter(Boolean).at(-1) ?? ""
  return lastSegment.replace(SEPARATORS, "").toUpperCase()
}

/**
 * The characters of what was typed that no stamp code has (the letter U, accented letters,
 * punctuation), each once in the order typed, so the shopper is told which one to look at again;
 * none for a string that is merely too short or too long.
 */
export function charactersNoCodeHas(typed: string): string[] {
  const foreign = [...compactCode(typed)].filter((c) => !ALPHABET.includes(READING_AIDS[c] ?? c))
  return [...new Set(foreign)]
}

/** Upper-case characters with the reading aids applied, or null when one is outside the alphabet. */
function inAlphabet(compact: string): string | null {
  const canonical = [...compact].map((c) => READING_AIDS[c] ?? c).join("")
  return [...canonical].every((c) => ALPHABET.includes(c)) ? canonical : null
}

/** A serial ("Số …") as a person types it off a package, forgiven as codes are; null when it is not one. */
export function readStampSerial(typed: string): string | null {
  const canonical = inAlphabet(typed.normalize("NFKC").replace(SEPARATORS, "").toUpperCase())
  return canonical?.length === SERIAL_LENGTH ? canonical : null
}

/** A code as printed for reading and typing: five groups of four, "5AD1-A993-25F7-14HJ-QDTQ". */
export function groupStampCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, "$1-")
}

export type StampCodeRoute =
  | { kind: "verify"; code: string }
  | { kind: "sample" }
  | { kind: "not_a_code"; typed: string; serial: boolean }
  | { kind: "redirect"; location: string }

/**
 * What `/v/{typed}` shows. A code typed loosely (lower case, spaces, dashes) moves to its canonical
 * address, so the shopper sees and shares the code as printed; a POST (the report form) is never
 * redirected, it verifies the canonical code in place.
 */
export function routeStampCode(lang: Lang, typed: string, method = "GET", fromEntryForm = false): StampCodeRoute {
  const read = readStampCode(typed)
  if (read.kind === "serial" || read.kind === "not_a_code") return { kind: "not_a_code", typed, serial: read.kind === "serial" }
  const canonical = read.kind === "code" ? read.code : SAMPLE_STAMP_CODE
  if (canonical !== typed && method === "GET") return { kind: "redirect", location: `${paths.stamp(lang, canonical)}${fromEntryForm ? `?${TYPED}` : ""}` }
  return read.kind === "code" ? { kind: "verify", code: canonical } : { kind: "sample" }
}

export type DigitalLinkRoute = { kind: "verify"; link: string } | { kind: "not_a_code"; typed: string; serial: false }

// `01/{GTIN-8, -12, -13 or -14}[/10/{lot}]/21/{serial}`, the AIs in GS1's fixed order.
const DIGITAL_LINK = /^01\/(\d{8}|\d{12,14})(?:\/10\/[^/]+)?\/21\/([^/]+)$/

/**
 * What `/01/{gs1 path}` shows. Only a path shaped like a stamp's Digital Link, whose AI 21 is a
 * well-formed stamp code, reaches commerce and counts as a scan; a truncated or half-scanned link is
 * explained with the entry form, never judged counterfeit. The GTIN's check digit and the lot are
 * commerce's to judge against the product.
 */
export function routeDigitalLink(gs1Path: string): DigitalLinkRoute {
  const path = gs1Path.replace(/^\/+/, "").replace(/\/+$/, "")
  const match = DIGITAL_LINK.exec(path)
  const segments = path.split("/").map(decodeSegment)
  const serial = match && !segments.includes(null) ? segments.at(-1)! : null
  if (serial === null || readStampCode(serial).kind !== "code") return { kind: "not_a_code", typed: `/${path}`, serial: false }
  return { kind: "verify", link: `/${segments.map((segment) => encodeURIComponent(segment!)).join("/")}` }
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * The Digital Link path (from `/01/` on) of a `/01/…` or `/en/01/…` request, read from the raw URL
 * path: GS1 percent-encodes a "/" inside a value (a lot such as `L/26-01` is `L%2F26-01`), and a
 * route parameter arrives already decoded, its "/" then indistinguishable from a separator.
 */
export function digitalLinkPath(pathname: string): string {
  return pathname.replace(/^\/en(?=\/01(\/|$))/, "")
}

export type StampEntryRoute = { kind: "form" } | { kind: "not_a_code"; typed: string; serial: boolean } | { kind: "redirect"; location: string }

/**
 * Marks a verify address reached from the entry form: a typed code that matches no stamp is first
 * taken for a slip of the finger. A QR never carries it, so a scanned forgery is still called one.
 */
const TYPED = "typed=1"

/** Whether a verify request came from the entry form (see TYPED). */
export function wasTyped(url: URL): boolean {
  return url.searchParams.get("typed") === "1"
}

/** What the code entry page (`/v?code=…`, a plain GET form) shows: the empty form, the verify page, or the form again with what went wrong. */
export function routeStampEntry(lang: Lang, typed: string | null): StampEntryRoute {
  if (!typed?.trim()) return { kind: "form" }
  const read = readStampCode(typed)
  if (read.kind === "code") return { kind: "redirect", location: `${paths.stamp(lang, read.code)}?${TYPED}` }
  if (read.kind === "sample") return { kind: "redirect", location: paths.stamp(lang, SAMPLE_STAMP_CODE) }
  return { kind: "not_a_code", typed, serial: read.kind === "serial" }
}
