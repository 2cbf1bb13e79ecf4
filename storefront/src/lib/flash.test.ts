import { describe, expect, it } from "vitest"
import { hasPersonalCookie } from "./cookies"
import { decodeFlash, encodeFlash } from "./flash"

describe("flash messages", () => {
  it("survive the round trip through a cookie, Vietnamese included", () => {
    const flash = { kind: "success", key: "cartAdded", values: { title: "Miến dong Tài Hoan", quantity: 2 } } as const
    expect(decodeFlash(encodeFlash(flash))).toEqual(flash)
  })

  it.each([
    ["not base64 JSON", "%%%"],
    ["an unknown message key", Buffer.from(JSON.stringify({ kind: "error", key: "__proto__", values: {} })).toString("base64url")],
    ["an unknown kind", Buffer.from(JSON.stringify({ kind: "html", key: "cartAdded", values: {} })).toString("base64url")],
  ])("drops a cookie with %s", (_, value) => {
    expect(decodeFlash(value)).toBeNull()
  })

  it("keeps only text and number values", () => {
    const value = Buffer.from(JSON.stringify({ kind: "error", key: "cartRefusedSoldOut", values: { title: "A", extra: { html: "<b>" } } })).toString("base64url")
    expect(decodeFlash(value)).toEqual({ kind: "error", key: "cartRefusedSoldOut", values: { title: "A" } })
  })
})

describe("hasPersonalCookie", () => {
  it.each([
    [null, false],
    ["theme=dark", false],
    ["theme=dark; ocop_cart=cart_01", true],
    ["ocop_customer=eyJ", true],
    ["ocop_cartx=1", false],
  ])("%s → %s", (header, expected) => {
    expect(hasPersonalCookie(header)).toBe(expected)
  })
})
