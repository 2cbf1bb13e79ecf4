import { describe, expect, it } from "vitest"
import { isProvinceSlug } from "../province/provinces"
import { deliveryAreaFor } from "./delivery-area"

describe("deliveryAreaFor", () => {
  it("is everywhere when no province is ticked", () => {
    expect(deliveryAreaFor([])).toBeNull()
  })

  it("names one province in both languages", () => {
    expect(deliveryAreaFor(["ha-noi"])).toEqual({ provinces: ["ha-noi"], label: { vi: "Hà Nội", en: "Hanoi" } })
  })

  it("lists several provinces the way each language joins them, in the order of the province list", () => {
    expect(deliveryAreaFor(["bac-ninh", "ha-noi", "hung-yen"])).toEqual({
      provinces: ["ha-noi", "bac-ninh", "hung-yen"],
      label: { vi: "Hà Nội, Bắc Ninh và Hưng Yên", en: "Hanoi, Bac Ninh, and Hung Yen" },
    })
  })

  it("knows the 34 provinces in force since July 2025, not the merged ones", () => {
    expect(isProvinceSlug("bac-ninh")).toBe(true)
    expect(isProvinceSlug("bac-giang")).toBe(false)
  })
})
