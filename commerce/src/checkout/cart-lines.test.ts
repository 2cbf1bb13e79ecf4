import { describe, expect, it } from "vitest"
import { assertCheckoutAllowed, type CartLineState, type CartLines } from "./cart-lines"

const line = (overrides: Partial<CartLineState>): CartLineState => ({
  line_item_id: "cali_1",
  title: "Mật ong bạc hà",
  quantity: 1,
  available_quantity: 10,
  sellable: true,
  reason: null,
  blocked: false,
  message: null,
  ...overrides,
})

const cart = (lines: CartLineState[]): CartLines => ({ cart_id: "cart_1", completed: false, checkout_allowed: false, lines })

describe("assertCheckoutAllowed", () => {
  it.each([
    ["a product that may not be sold", line({ sellable: false, reason: "certificate_expired", blocked: true, message: { vi: "có giấy chứng nhận OCOP đã hết hạn", en: "has an expired OCOP certificate" } }), "not_sellable", "Cannot sell"],
    ["a delivery outside the product's area", line({ reason: "outside_delivery_area", blocked: true, message: { vi: "Chỉ giao trong Hà Nội", en: "Delivered only within Hà Nội" } }), "outside_delivery_area", "Outside the delivery area"],
    ["too little stock", line({ reason: "insufficient_stock", blocked: true, available_quantity: 0, message: { vi: "Hết hàng.", en: "Out of stock." } }), "insufficient_inventory", "Not enough stock"],
  ])("refuses %s with its kind as the error's code, for clients that word it themselves", (_, refused, code, heading) => {
    expect(() => assertCheckoutAllowed(cart([line({ line_item_id: "cali_0" }), refused]))).toThrow(expect.objectContaining({ type: "not_allowed", code, message: expect.stringContaining(heading) }))
  })

  it("lets a cart with nothing blocked through", () => {
    expect(() => assertCheckoutAllowed(cart([line({})]))).not.toThrow()
  })
})
