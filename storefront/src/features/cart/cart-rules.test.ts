import { describe, expect, it } from "vitest"
import { deliveryAreaBlock, fixedInCart, inOrderAdded, lineBlock, notDoneStatus, roomFor, unitCount } from "./cart-rules"

describe("lineBlock", () => {
  it.each([
    ["a sellable product with enough stock", 2, { kind: "sellable", available: 5 }, null],
    ["exactly the stock there is", 5, { kind: "sellable", available: 5 }, null],
    ["a service that keeps no stock", 40, { kind: "sellable", available: null }, null],
    ["more than there is", 6, { kind: "sellable", available: 5 }, { kind: "stock", available: 5 }],
    ["a product that sold out", 1, { kind: "sellable", available: 0 }, { kind: "stock", available: 0 }],
    ["a certificate that expired", 1, { kind: "delisted", reason: "certificate_expired", date: "2026-11-01" }, { kind: "not_sellable", reason: "certificate_expired", date: "2026-11-01" }],
    ["a product that no longer exists", 1, { kind: "missing" }, { kind: "not_sellable", reason: "missing", date: null }],
  ] as const)("%s", (_, quantity, product, expected) => {
    expect(lineBlock(quantity, product)).toEqual(expected)
  })
})

describe("deliveryAreaBlock", () => {
  const hanoiOnly = { provinces: ["ha-noi"], label: { vi: "Hà Nội", en: "Hanoi" } }
  it.each([
    ["a product delivered everywhere", null, "da-nang", null],
    ["delivery inside the area", hanoiOnly, "ha-noi", null],
    ["no delivery chosen yet (or pickup)", hanoiOnly, null, null],
    ["delivery outside the area", hanoiOnly, "da-nang", { kind: "outside_area", area: hanoiOnly.label }],
  ] as const)("%s", (_, area, province, expected) => {
    expect(deliveryAreaBlock(area as typeof hanoiOnly | null, province)).toEqual(expected)
  })
})

describe("fixedInCart", () => {
  it("sends the shopper back to the cart for stock or a lapsed product, but not for a delivery area", () => {
    expect(fixedInCart({ kind: "stock", available: 0 })).toBe(true)
    expect(fixedInCart({ kind: "not_sellable", reason: "certificate_revoked", date: null })).toBe(true)
    expect(fixedInCart({ kind: "outside_area", area: { vi: "Hà Nội", en: "Hanoi" } })).toBe(false)
    expect(fixedInCart(null)).toBe(false)
  })
})

describe("unitCount", () => {
  it("adds up the units of every line, for the header's mini cart", () => {
    expect(unitCount({ items: [{ quantity: 2 }, { quantity: 3 }] as never })).toBe(5)
    expect(unitCount({ items: [] })).toBe(0)
  })
})

describe("roomFor", () => {
  it.each([
    [10, 0, 10],
    [10, 7, 3],
    [10, 10, 0],
    [3, 5, 0],
    [null, 40, null],
  ])("with %s available and %s in the cart leaves room for %s", (available, inCart, room) => {
    expect(roomFor(available, inCart)).toBe(room)
  })
})

describe("inOrderAdded", () => {
  it("keeps lines in the order they were added, whatever order they arrive in", () => {
    const lines = [{ id: "cali_01M8R3DWBMVA1Q5VNPJ8DRNDH9" }, { id: "cali_01M8R2S09AKS0AYYR7CCZ8ETFK" }, { id: "cali_01M8R3A000000000000000000" }]
    expect(inOrderAdded(lines).map((line) => line.id)).toEqual(["cali_01M8R2S09AKS0AYYR7CCZ8ETFK", "cali_01M8R3A000000000000000000", "cali_01M8R3DWBMVA1Q5VNPJ8DRNDH9"])
    expect(lines[0]!.id).toBe("cali_01M8R3DWBMVA1Q5VNPJ8DRNDH9")
  })
})

describe("notDoneStatus", () => {
  it.each([
    ["a form the cart did not send (quantity abc, -1, 1.5, 100)", "cartInvalid", 400],
    ["a body that is not a form", "formUnreadable", 400],
    ["a product that does not exist", "cartProductNotFound", 404],
    ["commerce failing", "cartUnavailable", 503],
    ["a lapsed certificate", "cartRefusedNotSellable", 409],
    ["not enough stock", "cartRefusedNotEnough", 409],
    ["a line no longer in the cart", "cartLineGone", 409],
  ] as const)("answers %s (%s) with %i", (_, key, status) => {
    expect(notDoneStatus(key)).toBe(status)
  })
})
