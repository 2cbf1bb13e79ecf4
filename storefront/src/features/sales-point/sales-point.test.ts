import { describe, expect, it } from "vitest"
import { salesPointAddress, type SalesPoint } from "./sales-point"

function point(handle: string, name: string, province: string, provinceSlug: string, street: string | null = null): SalesPoint {
  return { handle, name, locationType: "post_office", province, provinceSlug, commune: "xã A", street, legacyAddress: null, openingHours: "08:00–17:00", phone: null }
}

describe("salesPointAddress", () => {
  it("skips the parts a sales point does not have", () => {
    expect(salesPointAddress(point("a", "A", "Phú Thọ", "phu-tho", "Quốc lộ 6"))).toBe("Quốc lộ 6, xã A, Phú Thọ")
    expect(salesPointAddress({ ...point("a", "A", "Phú Thọ", "phu-tho"), commune: "" })).toBe("Phú Thọ")
  })
})
