import { describe, expect, it } from "vitest"
import type { CartLine, CartView } from "./cart"
import { blockText, cartSnapshot } from "./cart-snapshot"

const line = (overrides: Partial<CartLine> = {}): CartLine => ({
  id: "cali_1",
  handle: "mien-dong-tai-hoan",
  title: { vi: "Miến dong Tài Hoan", en: "Tai Hoan arrowroot noodles" },
  thumbnail: null,
  producer: { handle: "tai-hoan", name: "HTX Tài Hoan" },
  unitPrice: 85_000,
  quantity: 2,
  subtotal: 170_000,
  available: 10,
  stockAt: { "diem-ocop-thai-nguyen": 10 },
  block: null,
  ...overrides,
})

const view = (lines: CartLine[]): CartView => ({
  cart: { item_subtotal: lines.reduce((sum, each) => sum + each.subtotal, 0) } as CartView["cart"],
  lines,
  count: lines.reduce((sum, each) => sum + each.quantity, 0),
  blocked: lines.some((each) => each.block !== null),
  fixInCart: lines.some((each) => each.block !== null && each.block.kind !== "outside_area"),
})

describe("blockText", () => {
  it.each([
    ["a line that can be bought", null, "vi", null],
    ["sold out", { kind: "stock", available: 0 }, "vi", "Sản phẩm đã hết hàng. Hãy xóa khỏi giỏ để tiếp tục."],
    ["fewer left than in the cart", { kind: "stock", available: 3 }, "en", "Only 3 left. Please lower the quantity to continue."],
    ["a product that no longer exists", { kind: "not_sellable", reason: "missing", date: null }, "vi", "Sản phẩm này không còn tồn tại."],
    [
      "delivery outside the product's area",
      { kind: "outside_area", area: { vi: "Hà Nội", en: "Hanoi" } },
      "en",
      "Delivered only within Hanoi, not to the province you chose. Pick it up at a sales point or have it delivered to an address within Hanoi.",
    ],
    [
      "a suspended certificate",
      { kind: "not_sellable", reason: "certificate_suspended", date: null },
      "vi",
      "Giấy chứng nhận OCOP của sản phẩm này đang bị tạm đình chỉ. Sản phẩm này không còn được bán. Hãy xóa khỏi giỏ để tiếp tục.",
    ],
  ] as const)("%s", (_, block, lang, expected) => {
    expect(blockText(block, lang)).toBe(expected)
  })

  it("dates a certificate that lapsed, in the shopper's language", () => {
    const block = { kind: "not_sellable", reason: "certificate_expired", date: "2026-11-01T00:00:00+07:00" } as const
    expect(blockText(block, "vi")).toContain("01/11/2026")
    expect(blockText(block, "en")).toContain("1 November 2026")
    expect(blockText(block, "en")).toMatch(/can no longer be sold/)
  })
})

describe("cartSnapshot", () => {
  it("words the lines and totals for the shopper, amounts in VND", () => {
    const snapshot = cartSnapshot(view([line()]), "en")
    expect(snapshot).toMatchObject({ count: 2, subtotal: "170.000\u00a0₫", checkoutAllowed: true })
    expect(snapshot.lines[0]).toMatchObject({
      title: "Tai Hoan arrowroot noodles",
      href: "/en/products/mien-dong-tai-hoan",
      unitPrice: "85.000\u00a0₫",
      subtotal: "170.000\u00a0₫",
      max: 10,
      block: null,
      quantityLabel: "Quantity of Tai Hoan arrowroot noodles",
      updateLabel: "Update Tai Hoan arrowroot noodles in the cart",
      removeLabel: "Remove Tai Hoan arrowroot noodles from the cart",
    })
  })

  it("refuses checkout while any line is blocked, and stops linking to a product that is off sale", () => {
    const blocked = line({ id: "cali_2", available: 0, block: { kind: "stock", available: 0 } })
    const snapshot = cartSnapshot(view([line(), blocked]), "vi")
    expect(snapshot.checkoutAllowed).toBe(false)
    expect(snapshot.lines[1]).toMatchObject({ href: null, max: 0, block: "Sản phẩm đã hết hàng. Hãy xóa khỏi giỏ để tiếp tục." })
  })

  it("still offers checkout for a line outside its delivery area: another address or pickup there fixes it", () => {
    const outside = line({ id: "cali_3", handle: "dao-nhat-tan", block: { kind: "outside_area", area: { vi: "Hà Nội", en: "Hanoi" } } })
    const snapshot = cartSnapshot(view([line(), outside]), "vi")
    expect(snapshot.checkoutAllowed).toBe(true)
    expect(snapshot.lines[1]).toMatchObject({ href: "/san-pham/dao-nhat-tan", block: expect.stringContaining("Chỉ giao trong Hà Nội") })
  })

  it.each([
    ["stock above what one form may ask", 250, 99],
    ["a service that keeps no stock", null, 99],
  ])("caps the quantity box: %s", (_, available, max) => {
    expect(cartSnapshot(view([line({ available })]), "vi").lines[0]!.max).toBe(max)
  })

  it.each([
    ["no cart yet", null],
    ["a cart whose last line was removed", view([])],
  ])("offers no checkout for %s", (_, empty) => {
    expect(cartSnapshot(empty, "vi")).toMatchObject({ lines: [], count: 0, checkoutAllowed: false })
  })
})
