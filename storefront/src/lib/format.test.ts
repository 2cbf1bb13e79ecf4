import { describe, expect, it } from "vitest"
import { formatAddress, formatDate, formatMoment, formatNumber, formatPhone, formatVnd, namedList } from "./format"

describe("formatVnd", () => {
  it.each([
    [175000, "175.000\u00a0₫"],
    [1500000, "1.500.000\u00a0₫"],
    [0, "0\u00a0₫"],
  ])("formats %i as %s", (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected)
  })
})

describe("formatNumber", () => {
  it.each([
    [0, "0", "0"],
    [1000, "1.000", "1,000"],
    [10234, "10.234", "10,234"],
    [1000000000, "1.000.000.000", "1,000,000,000"],
  ])("groups %i as %s in Vietnamese and %s in English", (value, vi, en) => {
    expect(formatNumber(value, "vi")).toBe(vi)
    expect(formatNumber(value, "en")).toBe(en)
  })
})

describe("formatMoment", () => {
  it("gives the hour and day in Vietnam's time, whatever the server's", () => {
    expect(formatMoment("2026-12-04T17:30:00Z", "vi")).toBe("00:30, 05/12/2026")
    expect(formatMoment("2026-12-04T17:30:00Z", "en")).toBe("00:30, 5 December 2026")
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
  it.each([
    ["a street that is the commune", ["xã Xuân Thành", "xã Xuân Thành", "Hà Tĩnh"], "xã Xuân Thành, Hà Tĩnh"],
    ["a street that ends with the commune", ["Thôn 3, xã Xuân Thành", "xã Xuân Thành", "Hà Tĩnh"], "Thôn 3, xã Xuân Thành, Hà Tĩnh"],
    ["the commune typed in another case", ["12 Tràng Tiền, Phường Hoàn Kiếm", "phường Hoàn Kiếm", "Hà Nội"], "12 Tràng Tiền, Phường Hoàn Kiếm, Hà Nội"],
    ["a commune whose name only contains the street's", ["Chợ Đông Ba", "phường Đông Ba", "Huế"], "Chợ Đông Ba, phường Đông Ba, Huế"],
  ])("names the commune once for %s", (_, parts, expected) => {
    expect(formatAddress(...parts)).toBe(expected)
  })
})

describe("formatPhone", () => {
  it.each([
    ["+84912345678", "0912 345 678"],
    ["+84386123456", "0386 123 456"],
    ["+842438251234", "024 3825 1234"],
    ["0903123456", "0903 123 456"],
  ])("shows %s as %s", (stored, shown) => {
    expect(formatPhone(stored)).toBe(shown)
  })
  it("shows what is not a Vietnamese number as stored, and nothing for none", () => {
    expect(formatPhone("+14155550123")).toBe("+14155550123")
    expect(formatPhone("12")).toBe("12")
    expect(formatPhone(null)).toBe("")
  })
})

describe("namedList", () => {
  it.each([
    [["Mật ong"], "vi", "Mật ong"],
    [["Mật ong", "Chè", "Gạo"], "vi", "Mật ong, Chè và Gạo"],
    [["Mật ong", "Chè", "Gạo", "Miến", "Nghệ"], "vi", "Mật ong, Chè, Gạo và 2 sản phẩm khác"],
    [["Honey", "Tea", "Rice", "Noodles"], "en", "Honey, Tea, Rice, and 1 more"],
  ] as const)("%j in %s → %s", (names, lang, expected) => {
    expect(namedList([...names], lang, 3)).toBe(expected)
  })
})
