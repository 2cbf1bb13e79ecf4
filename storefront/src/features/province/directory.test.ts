import { describe, expect, it } from "vitest"
import { provinceDirectory } from "./directory"

describe("provinceDirectory", () => {
  it("lists all 34 provinces in the page's alphabetical order with their products on sale", () => {
    const vi = provinceDirectory({ "thai-nguyen": 7, "an-giang": 2 }, "vi")
    expect(vi).toHaveLength(34)
    expect(vi[0]).toMatchObject({ province: { slug: "an-giang" }, products: 2 })
    expect(vi.find((entry) => entry.province.slug === "thai-nguyen")?.products).toBe(7)
    expect(vi.find((entry) => entry.province.slug === "ha-noi")?.products).toBe(0)
    // Vietnamese order: tone marks count after the letters, and â is a letter after a.
    expect(vi.slice(0, 5).map((entry) => entry.province.name.vi)).toEqual(["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ"])
    expect(provinceDirectory({}, "en").map((entry) => entry.province.name.en).slice(0, 2)).toEqual(["An Giang", "Bac Ninh"])
  })
})
