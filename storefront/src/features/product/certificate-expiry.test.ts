import { describe, expect, it } from "vitest"
import { daysUntilExpiry } from "./certificate-expiry"

describe("daysUntilExpiry", () => {
  const now = new Date("2026-12-01T08:00:00Z")
  it.each([
    ["2026-12-09T16:59:59.999Z", 9],
    ["2026-12-01T16:59:59.999Z", 1],
    ["2026-12-30T16:59:59.999Z", 30],
    ["2026-12-31T16:59:59.999Z", null],
    ["2026-11-30T16:59:59.999Z", null],
  ])("valid until %s → %s", (validUntil, expected) => {
    expect(daysUntilExpiry(validUntil, now)).toBe(expected)
  })
})
