import QRCode from "qrcode"
import { paths } from "../../lib/paths"

/**
 * The code in the product page's sample stamp. It is not a real stamp code (those carry a signature
 * and are printed only on packaging); the verify page recognises it and explains the sample instead
 * of judging it (features/verify/stamp-code.ts).
 */
export const SAMPLE_STAMP_CODE = "MAUTEMOCOP0000000000"

/** The URL a printed stamp's QR opens, in the format commerce prints (`/v/{code}`), for the sample code. */
export function sampleStampUrl(siteUrl: string): string {
  return new URL(paths.stamp("vi", SAMPLE_STAMP_CODE), siteUrl).toString()
}

/** The verify URL format shown to shoppers, from the same path as the sample: `https://…/v/…`. */
export function verifyUrlFormat(siteUrl: string): string {
  return sampleStampUrl(siteUrl).replace(SAMPLE_STAMP_CODE, "…")
}

/** The sample stamp's QR as SVG drawn on the server: the same error level M as printed stamps, no script. */
export async function sampleStampSvg(siteUrl: string): Promise<string> {
  return QRCode.toString(sampleStampUrl(siteUrl), { type: "svg", errorCorrectionLevel: "M", margin: 4 })
}
