import { describe, expect, it } from "vitest"
import { lineSupply, type SupplyLink } from "./line-supply"

const channel = new Set(["sloc_ha_noi", "sloc_thai_nguyen", "sloc_dispatch"])
const item = (levels: [location: string, stocked: number, reserved?: number][], required = 1): SupplyLink => ({
  required_quantity: required,
  inventory: { location_levels: levels.map(([location_id, stocked_quantity, reserved_quantity = 0]) => ({ location_id, stocked_quantity, reserved_quantity })) },
})

describe("lineSupply", () => {
  it.each<[string, SupplyLink[], number]>([
    ["one sales point", [item([["sloc_ha_noi", 10]])], 10],
    ["split across two points: the best one, not 12 + 6", [item([["sloc_ha_noi", 12], ["sloc_thai_nguyen", 6]])], 12],
    ["2 + 3: at most 3 in one line", [item([["sloc_ha_noi", 2], ["sloc_thai_nguyen", 3]])], 3],
    ["reservations count against their own point", [item([["sloc_ha_noi", 12, 10], ["sloc_thai_nguyen", 6, 1]])], 5],
    ["a point with more reserved than stocked counts as none", [item([["sloc_ha_noi", 2, 5], ["sloc_thai_nguyen", 1]])], 1],
    ["a location outside the cart's channel does not count", [item([["sloc_elsewhere", 50], ["sloc_ha_noi", 4]])], 4],
    ["no stock level in the channel", [item([["sloc_elsewhere", 50]])], 0],
    ["no stock level at all", [item([])], 0],
    ["a pack of 3 units per item: whole packs from one point", [item([["sloc_ha_noi", 8], ["sloc_thai_nguyen", 7]], 3)], 2],
    ["a set of two items: the scarcer item's best point", [item([["sloc_ha_noi", 9], ["sloc_thai_nguyen", 4]]), item([["sloc_ha_noi", 2], ["sloc_thai_nguyen", 5]])], 5],
    ["a variant with no inventory item cannot be reserved", [], 0],
  ])("%s", (_, links, expected) => {
    expect(lineSupply(links, channel)).toBe(expected)
  })

  it("reads Medusa's quantities whether numbers or numeric strings", () => {
    const links: SupplyLink[] = [{ required_quantity: "1", inventory: { location_levels: [{ location_id: "sloc_ha_noi", stocked_quantity: "12", reserved_quantity: "2" }, { location_id: "sloc_thai_nguyen", stocked_quantity: "6", reserved_quantity: "0" }] } }]
    expect(lineSupply(links, channel)).toBe(10)
  })
})
