import { describe, expect, it } from "vitest"
import { pickupHoldDays, transferPaymentHours } from "./hold-period"

describe("pickupHoldDays", () => {
  it("holds pickup orders 3 days unless told otherwise", () => {
    expect(pickupHoldDays(undefined)).toBe(3)
    expect(pickupHoldDays("")).toBe(3)
  })

  it("takes a whole number of days", () => {
    expect(pickupHoldDays("7")).toBe(7)
    expect(pickupHoldDays(" 5 ")).toBe(5)
  })

  it.each(["0", "-1", "2.5", "ba ngày", "3d"])("refuses %j with the variable named", (value) => {
    expect(() => pickupHoldDays(value)).toThrow(/PICKUP_HOLD_DAYS must be a whole number of days/)
  })
})

describe("transferPaymentHours", () => {
  it("waits 48 hours for a transfer unless told otherwise", () => {
    expect(transferPaymentHours(undefined)).toBe(48)
    expect(transferPaymentHours("24")).toBe(24)
  })

  it.each(["0", "1.5", "hai ngày"])("refuses %j with the variable named", (value) => {
    expect(() => transferPaymentHours(value)).toThrow(/TRANSFER_PAYMENT_HOURS must be a whole number of hours/)
  })
})
