import QRCode from "qrcode"
import { describe, expect, it } from "vitest"
import { sampleStampSvg, sampleStampUrl, verifyUrlFormat } from "./stamp-sample"

describe("sample stamp", () => {
  it("points at the verify page in the printed format /v/{code}", () => {
    expect(sampleStampUrl("https://cho-ocop.vn")).toBe("https://cho-ocop.vn/v/MAUTEMOCOP0000000000")
    expect(verifyUrlFormat("https://cho-ocop.vn")).toBe("https://cho-ocop.vn/v/…")
  })

  it("is an SVG QR symbol small enough to print at stamp size (version ≤ 5 at level M)", async () => {
    const svg = await sampleStampSvg("https://cho-ocop.vn")
    expect(svg.startsWith("<svg")).toBe(true)
    expect(QRCode.create(sampleStampUrl("https://cho-ocop.vn"), { errorCorrectionLevel: "M" }).version).toBeLessThanOrEqual(5)
  })
})
