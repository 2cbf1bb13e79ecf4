import { describe, expect, it } from "vitest"
import { parseCartAction } from "./cart-form"

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("parseCartAction", () => {
  it("reads an add-to-cart post from a product page", () => {
    expect(parseCartAction(form({ intent: "add", product_id: "prod_01ABC", handle: "mien-dong-tai-hoan", quantity: " 2 " }))).toEqual({
      intent: "add",
      product_id: "prod_01ABC",
      handle: "mien-dong-tai-hoan",
      quantity: 2,
    })
  })

  it("treats quantity 0 in the cart as removing the line", () => {
    expect(parseCartAction(form({ intent: "update", line_id: "cali_01XYZ", quantity: "0" }))).toEqual({ intent: "update", line_id: "cali_01XYZ", quantity: 0 })
  })

  it.each([
    ["no intent", { product_id: "prod_1", handle: "a", quantity: "1" }],
    ["an unknown intent", { intent: "empty", line_id: "cali_1" }],
    ["a quantity of zero when adding", { intent: "add", product_id: "prod_1", handle: "a", quantity: "0" }],
    ["a fractional quantity", { intent: "add", product_id: "prod_1", handle: "a", quantity: "1.5" }],
    ["a quantity over 99", { intent: "update", line_id: "cali_1", quantity: "100" }],
    ["a negative quantity", { intent: "update", line_id: "cali_1", quantity: "-1" }],
    ["words for a quantity", { intent: "add", product_id: "prod_1", handle: "a", quantity: "hai" }],
    ["a handle that is a path", { intent: "add", product_id: "prod_1", handle: "../admin", quantity: "1" }],
    ["a line id from elsewhere", { intent: "remove", line_id: "order_1" }],
  ])("refuses %s", (_, fields) => {
    expect(parseCartAction(form(fields))).toBeNull()
  })
})
