import { describe, expect, it } from "vitest"
import { deliveryArea, deliversTo, outsideAreaMessage } from "./delivery-area"

const haNoi = { provinces: ["ha-noi"], label: { vi: "Hà Nội", en: "Hà Nội" } }

describe("deliveryArea", () => {
  it("reads the area a producer set in the product's metadata", () => {
    expect(deliveryArea({ shippable: true, delivery_area: haNoi })).toEqual(haNoi)
  })

  it.each([
    ["no metadata", null],
    ["no area", { shippable: true }],
    ["no provinces", { delivery_area: { provinces: [], label: { vi: "Hà Nội", en: "Hà Nội" } } }],
    ["a province that is not a slug", { delivery_area: { provinces: ["Hà Nội"], label: { vi: "Hà Nội", en: "Hà Nội" } } }],
    ["no label", { delivery_area: { provinces: ["ha-noi"] } }],
  ])("delivers everywhere with %s", (_case, metadata) => {
    expect(deliveryArea(metadata)).toBeNull()
  })
})

describe("deliversTo", () => {
  it("delivers inside the area and refuses outside it", () => {
    expect(deliversTo(haNoi, "ha-noi")).toBe(true)
    expect(deliversTo(haNoi, "tp-ho-chi-minh")).toBe(false)
  })

  it("does not judge an address without a province yet, nor a product without an area", () => {
    expect(deliversTo(haNoi, null)).toBe(true)
    expect(deliversTo(null, "tp-ho-chi-minh")).toBe(true)
  })
})

describe("outsideAreaMessage", () => {
  it("names the area and the way out, in both languages", () => {
    expect(outsideAreaMessage(haNoi)).toEqual({
      vi: "Chỉ giao trong Hà Nội; hãy chọn nhận tại điểm bán hoặc một địa chỉ trong khu vực này.",
      en: "Delivered only within Hà Nội; choose pickup at a sales point or an address there.",
    })
  })
})
