import { describe, expect, it } from "vitest"
import { formatDate, formatVnd } from "./format"

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
