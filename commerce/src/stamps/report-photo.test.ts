import { describe, expect, it } from "vitest"
import { isReportPhotoOfType, REPORT_PHOTO_TYPES, reportPhotoExtension, reportPhotoType } from "./report-photo"

describe("report photo types", () => {
  it("reads back the type of every extension a photo is stored under", () => {
    for (const type of REPORT_PHOTO_TYPES) expect(reportPhotoType(reportPhotoExtension(type))).toBe(type)
  })

  it("knows no type for anything else", () => {
    expect(reportPhotoType("gif")).toBeUndefined()
    expect(reportPhotoType("")).toBeUndefined()
  })

  it("accepts bytes only when they begin as the claimed type's files do", () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    const webp = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 ")])
    expect(isReportPhotoOfType("image/jpeg", jpeg)).toBe(true)
    expect(isReportPhotoOfType("image/png", png)).toBe(true)
    expect(isReportPhotoOfType("image/webp", webp)).toBe(true)
    expect(isReportPhotoOfType("image/png", jpeg)).toBe(false)
    expect(isReportPhotoOfType("image/jpeg", Buffer.from("<svg/>"))).toBe(false)
    expect(isReportPhotoOfType("image/webp", Buffer.from("RIFF....WAVE"))).toBe(false)
  })
})
