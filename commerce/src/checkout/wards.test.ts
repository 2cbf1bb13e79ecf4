import { describe, expect, it } from "vitest"
import { foldVietnamese } from "@ocop/search"
import { findWard, provinceName, WardRefused, wardsOf } from "./wards"
import { provinceSlugs } from "./zones"

describe("wards of the 34 provinces", () => {
  it("lists every commune-level unit in force since July 2025 under our province slugs", () => {
    const counts = [...provinceSlugs].map((slug) => wardsOf(slug).length)
    expect(counts.every((count) => count > 0)).toBe(true)
    // 3,321 communes, wards and special zones (Resolution 202/2025/QH15).
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3321)
    expect(wardsOf("ha-noi").map((ward) => ward.name)).toContain("Phường Hoàn Kiếm")
    expect(wardsOf("tp-ho-chi-minh").map((ward) => ward.name)).toContain("Phường Bến Thành")
    expect(wardsOf("bac-kan")).toEqual([])
  })

  it("finds a ward typed with or without its kind, in any case, abbreviated or without tone marks", () => {
    for (const typed of ["Phường Hoàn Kiếm", "phường hoàn kiếm", "Hoàn Kiếm", "  P. Hoàn  Kiếm ", "phuong hoan kiem", "hoan kiem"]) {
      expect(findWard("ha-noi", typed), typed).toEqual({ ward: { code: "00070", name: "Phường Hoàn Kiếm" } })
    }
    expect(findWard("thai-nguyen", "xã Côn Minh")).toMatchObject({ ward: { name: "Xã Côn Minh" } })
  })

  it("refuses a ward of another province, a kind that is not this ward's, and an unknown province", () => {
    const elsewhere = findWard("ha-noi", "Phường Bến Thành")
    expect(elsewhere.ward).toBeNull()
    expect(elsewhere).toMatchObject({ reason: "unknown", message: expect.stringContaining("No such ward or commune in this province"), suggestions: [] })
    expect(findWard("ha-noi", "Xã Hoàn Kiếm")).toMatchObject({ ward: null, reason: "unknown" })
    expect(findWard("ha-noi", "nowhere")).toMatchObject({ ward: null, reason: "unknown" })
    expect(findWard("bac-kan", "Xã Côn Minh")).toMatchObject({ ward: null, reason: "province", message: expect.stringContaining("Choose the province first") })
    expect(findWard("ha-noi", "  ")).toMatchObject({ ward: null, reason: "required", message: expect.stringContaining("required") })
  })

  it("answers a ward merged away in 2025 with the one that absorbed it", () => {
    const merged = findWard("ha-noi", "Phường Hàng Đào")
    expect(merged.ward).toBeNull()
    if (merged.ward) return
    expect(merged.reason).toBe("merged")
    expect(merged.suggestions.map((ward) => ward.name)).toEqual(["Phường Hoàn Kiếm"])
    expect(merged.message).toContain("nay thuộc Phường Hoàn Kiếm")
    expect(merged.message).toContain("it is now part of Phường Hoàn Kiếm")
  })

  it("refuses with the reason as the error's code and what to offer as details, beside the words for people", () => {
    const merged = findWard("ha-noi", " Phường Hàng Đào ")
    if (merged.ward) throw new Error("Phường Hàng Đào was merged on 1 July 2025")
    const error = new WardRefused(merged, "shipping_address.city", " Phường Hàng Đào ")
    expect(error).toMatchObject({ type: "invalid_data", code: "ward_merged", message: expect.stringMatching(/^Invalid body: shipping_address\.city: "Phường Hàng Đào" không còn/) })
    expect(error.details).toEqual({ field: "shipping_address.city", typed: "Phường Hàng Đào", suggestions: [{ code: "00070", name: "Phường Hoàn Kiếm" }] })
  })

  it("asks which one when a name without tone marks fits several wards", () => {
    const folded = (name: string) => foldVietnamese(name)
    const [province, name] = [...provinceSlugs]
      .flatMap((slug) => wardsOf(slug).map((ward) => [slug, folded(ward.name)] as const))
      .find(([slug, name], _, all) => all.filter(([otherSlug, other]) => otherSlug === slug && other === name).length > 1)!
    const match = findWard(province, name)
    expect(match.ward).toBeNull()
    if (match.ward) return
    expect(match.reason).toBe("ambiguous")
    expect(match.suggestions.length).toBeGreaterThan(1)
    expect(match.message).toContain("could be any of these")
  })
})

describe("provinceName", () => {
  it("names each of the 34 provinces by its official name", () => {
    const names = [...provinceSlugs].map(provinceName)
    expect(names.every((name) => typeof name === "string" && name.length > 2)).toBe(true)
    expect(new Set(names).size).toBe(34)
    expect(provinceName("ha-noi")).toBe("Thành phố Hà Nội")
    expect(provinceName("tp-ho-chi-minh")).toBe("Thành phố Hồ Chí Minh")
    expect(provinceName("dak-lak")).toBe("Đắk Lắk")
  })

  it("knows no province for a slug outside the 34", () => {
    expect(provinceName("ha-tay")).toBeNull()
    expect(provinceName("")).toBeNull()
  })
})
