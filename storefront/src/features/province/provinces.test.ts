import { slugify } from "@ocop/search"
import { describe, expect, it } from "vitest"
import { producers } from "../../../../commerce/src/scripts/seed/producers"
import { salesPoints } from "../../../../commerce/src/scripts/seed/sales-points"
import { currentProvince, lookupProvince, provinceByName, provinceLabel, provinceName, provinces } from "./provinces"

describe("the province table", () => {
  it("has the 34 provincial units in force since 1 July 2025, each once", () => {
    expect(provinces).toHaveLength(34)
    expect(provinces.filter((province) => province.kind === "city")).toHaveLength(6)
    expect(new Set(provinces.map((province) => province.slug)).size).toBe(34)
  })

  it("uses the slug the search index derives from each province name", () => {
    for (const province of provinces) expect(province.slug, province.name.vi).toBe(slugify(province.name.vi))
    for (const province of provinces) for (const old of province.merged) expect(old.slug, old.name).toBe(slugify(old.name))
  })

  it("accounts for the 63 old provinces: 11 unchanged, 52 merged into 23", () => {
    const merged = provinces.flatMap((province) => province.merged)
    expect(provinces.filter((province) => province.merged.length === 0)).toHaveLength(11)
    // 34 post-2025 units + the 29 old provinces merged into them = 63.
    expect(34 + merged.length).toBe(63)
    expect(new Set(merged.map((old) => old.slug)).size).toBe(merged.length)
  })

  it("knows every province of the seed catalogue's producers and sales points", () => {
    for (const { address } of [...producers, ...salesPoints]) expect(provinceByName(address.province), address.province).not.toBeNull()
  })

  it("maps every old province named in the seed to the province it joined", () => {
    for (const { address } of [...producers, ...salesPoints]) {
      expect(currentProvince(slugify(address.legacyProvince))?.name.vi, address.legacyProvince).toBe(address.province)
    }
  })
})

describe("lookupProvince", () => {
  it.each([
    ["lao-cai", "current", "lao-cai"],
    ["thai-nguyen", "current", "thai-nguyen"],
    ["bac-kan", "legacy", "thai-nguyen"],
    ["ha-giang", "legacy", "tuyen-quang"],
    ["yen-bai", "legacy", "lao-cai"],
    ["ba-ria-vung-tau", "legacy", "tp-ho-chi-minh"],
    ["ho-chi-minh", "legacy", "tp-ho-chi-minh"],
    ["thua-thien-hue", "legacy", "hue"],
    ["quang-nam", "legacy", "da-nang"],
  ])("%s is %s, shown as %s", (slug, kind, target) => {
    const found = lookupProvince(slug)
    expect(found.kind).toBe(kind)
    expect(found.kind !== "unknown" && found.province.slug).toBe(target)
  })

  it.each(["atlantis", "", "LAO-CAI", "lao cai", "../ha-noi"])("%j is no province", (slug) => {
    expect(lookupProvince(slug)).toEqual({ kind: "unknown" })
  })
})

describe("provinceLabel", () => {
  it("names a province in each language and shows an unknown slug as it is", () => {
    expect(provinceLabel("dak-lak", "vi")).toBe("Đắk Lắk")
    expect(provinceLabel("dak-lak", "en")).toBe("Dak Lak")
    expect(provinceLabel("tp-ho-chi-minh", "en")).toBe("Ho Chi Minh City")
    expect(provinceLabel("xyz", "vi")).toBe("xyz")
  })
})

describe("provinceName", () => {
  it.each([
    ["Hà Tĩnh", "vi", "Hà Tĩnh"],
    ["Hà Tĩnh", "en", "Ha Tinh"],
    ["TP Hồ Chí Minh", "en", "Ho Chi Minh City"],
    ["Atlantis", "en", "Atlantis"],
  ] as const)("shows the API's %s as %s → %s", (name, lang, expected) => {
    expect(provinceName(name, lang)).toBe(expected)
  })
})
