import { describe, expect, it } from "vitest"
import { groupByProvince } from "./by-province"

const entry = (handle: string, name: string, province: string, provinceSlug: string) => ({ handle, name, province, provinceSlug })

describe("groupByProvince", () => {
  it("puts each province under one heading, provinces and entries in Vietnamese order", () => {
    const groups = groupByProvince([
      entry("b", "Điểm B", "Đà Nẵng", "da-nang"),
      entry("c", "Cửa hàng C", "Hà Nội", "ha-noi"),
      entry("a", "Bưu điện A", "Hà Nội", "ha-noi"),
      entry("d", "Quầy D", "An Giang", "an-giang"),
    ])
    expect(groups.map((group) => group.name)).toEqual(["An Giang", "Đà Nẵng", "Hà Nội"])
    expect(groups[2]!.entries.map((e) => e.handle)).toEqual(["a", "c"])
    expect(groups[2]!.province?.name.en).toBe("Hanoi")
  })
})
