import { describe, expect, it } from "vitest"
import { groupByProvince, salesPointAddress, type SalesPoint } from "./by-province"

function point(handle: string, name: string, province: string, provinceSlug: string, street: string | null = null): SalesPoint {
  return { handle, name, locationType: "post_office", province, provinceSlug, commune: "xã A", street, legacyAddress: null, openingHours: "08:00–17:00", phone: null }
}

describe("groupByProvince", () => {
  it("puts each province under one heading, provinces and points in Vietnamese order", () => {
    const groups = groupByProvince([
      point("b", "Điểm B", "Đà Nẵng", "da-nang"),
      point("c", "Cửa hàng C", "Hà Nội", "ha-noi"),
      point("a", "Bưu điện A", "Hà Nội", "ha-noi"),
      point("d", "Quầy D", "An Giang", "an-giang"),
    ])
    expect(groups.map((group) => group.name)).toEqual(["An Giang", "Đà Nẵng", "Hà Nội"])
    expect(groups[2]!.points.map((p) => p.handle)).toEqual(["a", "c"])
    expect(groups[2]!.province?.name.en).toBe("Hanoi")
  })
})

describe("salesPointAddress", () => {
  it("skips the parts a sales point does not have", () => {
    expect(salesPointAddress(point("a", "A", "Phú Thọ", "phu-tho", "Quốc lộ 6"))).toBe("Quốc lộ 6, xã A, Phú Thọ")
    expect(salesPointAddress({ ...point("a", "A", "Phú Thọ", "phu-tho"), commune: "" })).toBe("Phú Thọ")
  })
})
