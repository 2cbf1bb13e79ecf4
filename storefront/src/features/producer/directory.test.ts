import { describe, expect, it } from "vitest"
import { countByType, knownGroups, parseProducerType, type ProducerOnSale } from "./directory"

function producer(handle: string, type: string, groups: string[] = ["food"]): ProducerOnSale {
  return { handle, name: handle, type, province: "Thái Nguyên", provinceSlug: "thai-nguyen", commune: "xã A", productsOnSale: 1, topStars: 4, groups }
}

describe("parseProducerType", () => {
  it("accepts one of the four producer types and ignores anything else", () => {
    expect(parseProducerType(new URLSearchParams("type=household_business"))).toBe("household_business")
    expect(parseProducerType(new URLSearchParams("type=farm"))).toBeNull()
    expect(parseProducerType(new URLSearchParams(""))).toBeNull()
  })
})

describe("countByType", () => {
  it("counts producers per type in the order shoppers see them, leaving out types with none", () => {
    expect(countByType([producer("a", "enterprise"), producer("b", "cooperative"), producer("c", "enterprise")])).toEqual([
      { type: "cooperative", count: 1 },
      { type: "enterprise", count: 2 },
    ])
  })
})

describe("knownGroups", () => {
  it("orders a producer's groups as the catalogue does and drops unknown ones", () => {
    expect(knownGroups(producer("a", "cooperative", ["tourism", "mystery", "food"]))).toEqual(["food", "tourism"])
  })
})
