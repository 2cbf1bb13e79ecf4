import { describe, expect, it } from "vitest"
import { findNulCharacter } from "./request-guards"

describe("findNulCharacter", () => {
  it.each([
    ["a plain body", { email: "lan@example.vn", items: [{ quantity: 1 }] }, null],
    ["a nested field", { shipping_address: { address_1: "Số 1\u0000" } }, "shipping_address.address_1"],
    ["an array item", { product_ids: ["prod_1", "a\u0000"] }, "product_ids.1"],
    ["a key", { ["ghi\u0000chu"]: "x" }, "ghi\u0000chu"],
    ["a bare string", "\u0000", "(value)"],
    ["numbers, booleans and null", { quantity: 2, gift: false, note: null }, null],
  ])("%s", (_, input, expected) => {
    expect(findNulCharacter(input)).toBe(expected)
  })
})
