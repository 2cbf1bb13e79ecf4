import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { isUnwordedStockRefusal } from "./refusal"

describe("isUnwordedStockRefusal", () => {
  it.each([
    ["Medusa's reservation at one location", { type: "not_allowed", message: "Not enough stock available for item iitem_01K at location sloc_01K" }, true],
    ["a stock level removed meanwhile", { type: "not_found", message: "Item iitem_01K is not stocked at location sloc_01K" }, true],
    ["a refusal already carrying its code", { type: "not_allowed", code: MedusaError.Codes.INSUFFICIENT_INVENTORY, message: "Some variant does not have the required inventory" }, false],
    ["a pickup point short, already coded", { type: "not_allowed", code: "insufficient_inventory", message: "Điểm bán không đủ hàng (Not enough stock available for item iitem_01K at location sloc_01K)" }, false],
    ["another refusal of the same type", { type: "not_allowed", message: "Cart is already completed" }, false],
    ["a missing cart", { type: "not_found", message: "Cart cart_01K not found" }, false],
    ["the same words as another type", { type: "unexpected_state", message: "Not enough stock available for item iitem_01K at location sloc_01K" }, false],
  ])("%s", (_, error, expected) => {
    expect(isUnwordedStockRefusal(error)).toBe(expected)
  })
})
