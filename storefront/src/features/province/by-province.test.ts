import { describe, expect, it } from "vitest"
import { groupByProvince } from "./by-province"

const entry = (handle: string, name: string, province: string, provinceSlug: string) => ({ handle, name, province, provinceSlug })

describe("groupByProvince", () => {
  it("puts each province under one heading, provinces and entries in Vietnamese order", () => {
    const groups = groupByProvince(
      [
        entry("b", "Điểm B", "Đà Nẵng", "da-nang"),
        entry("c", "Cửa hàng C", "Hà Nội", "ha-noi"),
        entry("a", "Bưu điện A", "Hà Nội", "ha-noi"),
        entry("d", "Quầy D", "An Giang", "an-giang"),
      ],
      "vi"
    )
    expect(groups.map((group) => group.name)).toEqual(["An Giang", "Đà Nẵng", "Hà Nội"])
    expect(groups[2]!.entries.map((e) => e.handle)).toEqual(["a", "c"])
    expect(groups[2]!.province?.name.en).toBe("Hanoi")
  })

  it("names and orders provinces in English on English pages", () => {
    const groups = groupByProvince(
      [entry("a", "Điểm A", "TP Hồ Chí Minh", "tp-ho-chi-minh"), entry("b", "Điểm B", "Thái Nguyên", "thai-nguyen"), entry("c", "Điểm C", "Hà Nội", "ha-noi")],
      "en"
    )
    expect(groups.map((group) => group.name)).toEqual(["Hanoi", "Ho Chi Minh City", "Thai Nguyen"])
  })
})
