/**
 * GS1 Digital Link paths for stamps: `/01/{GTIN-14}[/10/{lot}]/21/{serial}` (GS1 Digital Link
 * standard 1.2: the primary key AI 01 first, then the key qualifiers in their fixed order, batch/lot
 * AI 10 before serial AI 21). Used only when a product carries a real GTIN in its metadata; this
 * project never makes one up.
 */

/** GS1 AI encodable character set 82, which AI 10 and AI 21 values must use. */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/
export const LOT_MAX = 20
export const SERIAL_MAX = 20

/** GS1 mod-10 check digit over the digits before it (weights 3 and 1 from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

/** A GTIN-8, -12, -13 or -14 with a correct check digit, zero-padded to 14 digits; null otherwise. */
export function normaliseGtin(value: string): string | null {
  const gtin = value.trim()
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) return null
  if (gtinCheckDigit(gtin.slice(0, -1)) !== Number(gtin[gtin.length - 1])) return null
  const padded = gtin.padStart(14, "0")
  // All zeros passes the check digit but identifies nothing.
  return /^0+$/.test(padded) ? null : padded
}

export function isValidLot(lot: string): boolean {
  return lot.length >= 1 && lot.length <= LOT_MAX && CSET82.test(lot)
}

/** Percent-encodes an AI value for a URI path segment (everything but RFC 3986 unreserved characters). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

export interface DigitalLink {
  gtin: string
  lot?: string | null
  serial: string
}

/** The path of a Digital Link, e.g. `/01/08935049500018/10/L2026-01/21/ABC`. */
export function buildDigitalLinkPath(link: DigitalLink): string {
  const gtin = normaliseGtin(link.gtin)
  if (!gtin) throw new Error(`"${link.gtin}" is not a valid GTIN`)
  if (link.lot != null && link.lot !== "" && !isValidLot(link.lot)) throw new Error(`lot "${link.lot}" must be 1–${LOT_MAX} GS1 characters`)
  if (!(link.serial.length <= SERIAL_MAX && CSET82.test(link.serial))) throw new Error("serial must be 1–20 GS1 characters")
  const lot = link.lot ? `/10/${encodeValue(link.lot)}` : ""
  return `/01/${gtin}${lot}/21/${encodeValue(link.serial)}`
}

export type DigitalLinkParse = { ok: true; link: Required<Pick<DigitalLink, "gtin" | "serial">> & { lot: string | null } } | { ok: false; problem: string }

function decodeValue(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * Reads a Digital Link path (with or without a leading host, query string ignored). Refuses AIs out
 * of order, unknown AIs, a GTIN with a wrong check digit and values outside the GS1 character set.
 */
export function parseDigitalLinkPath(input: string): DigitalLinkParse {
  if (input.length > 512) return { ok: false, problem: "too long" }
  let path = input
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname
    } catch {
      return { ok: false, problem: "not a URL" }
    }
  }
  path = path.split(/[?#]/)[0]!.replace(/^\/+/, "")
  if (!path.startsWith("01/")) return { ok: false, problem: path.includes("/01/") ? "AIs must come in the order 01, 10, 21" : "missing the GTIN (AI 01)" }
  const segments = path.split("/").filter((s, i, all) => s !== "" || i < all.length - 1)
  if (segments.length % 2 !== 0) return { ok: false, problem: "every AI needs a value" }
  const order = ["01", "10", "21"]
  const values: Record<string, string> = {}
  let last = -1
  for (let i = 0; i < segments.length; i += 2) {
    const ai = segments[i]!
    const position = order.indexOf(ai)
    if (position < 0) return { ok: false, problem: `AI ${ai.slice(0, 4)} is not used on stamps` }
    if (position <= last) return { ok: false, problem: "AIs must come in the order 01, 10, 21" }
    last = position
    const value = decodeValue(segments[i + 1]!)
    if (value === null || value === "") return { ok: false, problem: `AI ${ai} has no readable value` }
    values[ai] = value
  }
  const gtin = normaliseGtin(values["01"] ?? "")
  if (!gtin) return { ok: false, problem: "the GTIN is not valid (length or check digit)" }
  const lot = values["10"] ?? null
  if (lot !== null && !isValidLot(lot)) return { ok: false, problem: "the lot is not a valid GS1 value" }
  const serial = values["21"]
  if (!serial) return { ok: false, problem: "missing the serial (AI 21)" }
  if (!(serial.length <= SERIAL_MAX && CSET82.test(serial))) return { ok: false, problem: "the serial is not a valid GS1 value" }
  return { ok: true, link: { gtin, lot, serial } }
}
