import { describe, expect, it } from "vitest"
import { formatAddress, formatDate, formatVnd } from "./format"

describe("formatVnd", () => {
  it.each([
    [175000, "175.000\u00a0₫"],
    [1500000, "1.500.000\u00a0₫"],
    [0, "0\u00a0₫"],
  ])("formats %i as %s", (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected)
  })
})

describe("formatDate", () => {
  it("uses the Vietnamese day/month/year order and the Vietnam time zone", () => {
    expect(formatDate("2024-08-05T18:00:00Z", "vi")).toBe("06/08/2024")
    expect(formatDate("2024-08-05T18:00:00Z", "en")).toBe("6 August 2024")
  })
})

describe("formatAddress", () => {
  it("joins the parts a record has, most specific first", () => {
    expect(formatAddress("Số 12 phố Hàng Bạc", "phường Hoàn Kiếm", "Hà Nội")).toBe("Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội")
  })
  it("skips empty, blank and missing parts instead of leaving stray commas", () => {
    expect(formatAddress("", "Nghệ An")).toBe("Nghệ An")
    expect(formatAddress(null, "  ", "xã Bình Minh", undefined, "Thanh Hóa")).toBe("xã Bình Minh, Thanh Hóa")
    expect(formatAddress()).toBe("")
  })
})
