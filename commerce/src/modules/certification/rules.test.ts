import { describe, expect, it } from "vitest"
import { products } from "../../scripts/seed/products"
import { daysUntil, issuingLevelProblem, regimeKey, reminderDue, starsForScore, statusTransition, validUntil, vietnamDate } from "./rules"

describe("starsForScore", () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.99, 4],
    [70, 4],
    [69.5, 3],
    [50, 3],
    [49.9, null],
    [0, null],
  ])("a score of %s earns %s stars", (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })

  it.each([-1, 100.5, Number.NaN])("rejects the impossible score %s", (score) => {
    expect(() => starsForScore(score)).toThrow(RangeError)
  })
})

describe("validUntil", () => {
  it.each([
    // signed (Vietnam time)          last valid instant (UTC)        last valid day (Vietnam)
    ["2024-08-06T09:00:00+07:00", "2027-08-05T16:59:59.999Z", "2027-08-05"],
    ["2025-01-17T00:00:00+07:00", "2028-01-16T16:59:59.999Z", "2028-01-16"],
    ["2024-02-29T10:00:00+07:00", "2027-02-28T16:59:59.999Z", "2027-02-28"],
    ["2023-12-31T23:30:00+07:00", "2026-12-30T16:59:59.999Z", "2026-12-30"],
    ["2024-01-31T08:00:00+07:00", "2027-01-30T16:59:59.999Z", "2027-01-30"],
    ["2023-03-01T00:00:00+07:00", "2026-02-28T16:59:59.999Z", "2026-02-28"],
    // 00:30 in Vietnam is still the previous day in UTC: the Vietnamese calendar date counts.
    ["2024-05-10T00:30:00+07:00", "2027-05-09T16:59:59.999Z", "2027-05-09"],
  ])("a decision signed %s is valid until %s", (signed, until, lastDay) => {
    const end = validUntil(new Date(signed))
    expect(end.toISOString()).toBe(until)
    expect(vietnamDate(end)).toBe(lastDay)
  })

  it("is still valid at 23:59:59 Vietnam time on the last day and expired one second later", () => {
    const end = validUntil(new Date("2024-08-06T09:00:00+07:00"))
    expect(end.getTime() >= new Date("2027-08-05T23:59:59+07:00").getTime()).toBe(true)
    expect(end.getTime() < new Date("2027-08-06T00:00:00+07:00").getTime()).toBe(true)
  })
})

describe("daysUntil", () => {
  it("counts whole days and turns negative after expiry", () => {
    const now = new Date("2026-11-23T12:00:00Z")
    expect(daysUntil(new Date("2026-12-23T12:00:00Z"), now)).toBe(30)
    expect(daysUntil(new Date("2026-11-22T12:00:00Z"), now)).toBe(-1)
  })
})

describe("statusTransition", () => {
  it.each([
    ["active", "suspend", "Kiểm tra ATTP", { allowed: true, to: "suspended" }],
    ["active", "revoke", "Vi phạm quy chế", { allowed: true, to: "revoked" }],
    ["suspended", "revoke", "Không khắc phục", { allowed: true, to: "revoked" }],
    ["suspended", "reinstate", null, { allowed: true, to: "active" }],
    ["active", "suspend", "  ", { allowed: false, message: "Cần ghi lý do tạm đình chỉ giấy chứng nhận. / A reason is required to suspend a certificate" }],
    ["active", "revoke", undefined, { allowed: false }],
    ["active", "reinstate", null, { allowed: false }],
    ["revoked", "reinstate", "xin lại", { allowed: false }],
    ["expired", "suspend", "lý do", { allowed: false, message: "Không thể tạm đình chỉ giấy chứng nhận đã hết hiệu lực. / A certificate that is expired cannot be suspended" }],
    ["revoked", "revoke", "lý do", { allowed: false, message: "Không thể thu hồi giấy chứng nhận đã thu hồi. / A certificate that is revoked cannot be revoked" }],
  ] as const)("%s → %s (reason %j)", (current, action, reason, expected) => {
    expect(statusTransition(current, action, reason)).toMatchObject(expected)
  })
})

describe("reminderDue", () => {
  it.each([
    [120, [], null],
    [90, [], 90],
    [60, [90], null],
    [29, [90], 30],
    [20, [], 30],
    [7, [90, 30], 7],
    [3, [30], 7],
    [3, [7], null],
    [-1, [], null],
  ])("%i days left, already sent %j → %s", (daysLeft, sent, due) => {
    expect(reminderDue(daysLeft, sent)).toBe(due)
  })
})

describe("issuingLevelProblem", () => {
  it.each([
    ["qd_148_2023", 3, "district"],
    ["qd_148_2023", 4, "province"],
    ["qd_1489_2025", 3, "province"],
    ["qd_1048_2019", 4, "province"],
    ["qd_1489_2025", 5, "national"],
  ] as const)("accepts %s %i★ recognised by the %s", (regime, stars, level) => {
    expect(issuingLevelProblem(regime, stars, level)).toBeNull()
  })

  it("refuses a province recognising 5 stars, naming who does", () => {
    expect(issuingLevelProblem("qd_1489_2025", 5, "province")).toBe(
      "Theo QĐ 1489/2025, sản phẩm 5 sao do Bộ (cấp trung ương) công nhận, không phải UBND cấp tỉnh. / Under QĐ 1489/2025, a 5-star product is recognised by the Ministry (national level), not the provincial People's Committee"
    )
  })

  it("refuses a district recognising 3 stars after the 2025 reform", () => {
    expect(issuingLevelProblem("qd_1489_2025", 3, "district")).toContain("UBND cấp tỉnh")
  })

  it("holds for every seeded certificate", () => {
    for (const product of products) {
      const { regime, stars, issuingAuthorityLevel } = product.certificate
      expect(issuingLevelProblem(regimeKey(regime), stars, issuingAuthorityLevel), product.handle).toBeNull()
    }
  })
})
