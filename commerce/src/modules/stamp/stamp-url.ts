import QRCode from "qrcode"
import { buildDigitalLinkPath, normaliseGtin } from "./gs1"

/** The largest QR the stamp may need: printed at 15 mm, version 5 still has 0.4 mm modules. */
export const MAX_QR_VERSION = 5
export const QR_ERROR_CORRECTION = "M" as const

/**
 * The URL a stamp's QR encodes: a GS1 Digital Link when the product has a real GTIN (metadata
 * `gtin`), `/v/{code}` otherwise. The storefront serves both (storefront/src/lib/paths.ts).
 */
export function stampUrl(storefrontUrl: string, stamp: { code: string; gtin?: string | null; lot?: string | null }): string {
  const base = storefrontUrl.replace(/\/+$/, "")
  const gtin = stamp.gtin ? normaliseGtin(stamp.gtin) : null
  if (gtin) return `${base}${buildDigitalLinkPath({ gtin, lot: stamp.lot ?? null, serial: stamp.code })}`
  return `${base}/v/${stamp.code}`
}

/**
 * The site address in byte mode and the path's upper-case tail (`/CODE`, or the whole Digital Link
 * path) in alphanumeric mode, which takes 5.5 bits a character instead of 8: a smaller symbol
 * without the cost of qrcode's general segment optimiser.
 */
function segments(url: string): QRCode.QRCodeSegment[] {
  let start = url.length
  while (start > 0 && /[0-9A-Z $%*+\-./:]/.test(url[start - 1]!)) start--
  if (url.length - start < 8) return [{ data: url, mode: "byte" }] as unknown as QRCode.QRCodeSegment[]
  return [
    { data: url.slice(0, start), mode: "byte" },
    { data: url.slice(start), mode: "alphanumeric" },
  ] as unknown as QRCode.QRCodeSegment[]
}

/**
 * The QR symbol for a stamp URL at error correction M, in byte mode; throws if it needs more than
 * version 5. The mask pattern is qrcode's lowest-penalty choice (~2–5 ms a symbol): a fixed mask
 * is faster but measurably harder for scanners on some codes.
 */
export function stampQr(url: string, options: { maskPattern?: number } = {}): QRCode.QRCode {
  const qr = QRCode.create(segments(url), { errorCorrectionLevel: QR_ERROR_CORRECTION, maskPattern: options.maskPattern as QRCode.QRCodeMaskPattern | undefined })
  if (qr.version > MAX_QR_VERSION) throw new Error(`The stamp URL needs QR version ${qr.version}; at most ${MAX_QR_VERSION} prints legibly at 15 mm (shorten the lot or the site address)`)
  return qr
}
