import { describe, expect, it } from "vitest"
import type { ProductCard } from "../catalogue/types"
import { renderProductFeed } from "./feed-xml"

function card(overrides: Partial<ProductCard>): ProductCard {
  return {
    id: "prod_1",
    handle: "nuoc-mam-khai-hoan",
    title: { vi: "Nước mắm Phú Quốc Khải Hoàn & Co", en: "Khai Hoan fish sauce" },
    subtitle: { vi: "Chai 500 ml", en: "500 ml bottle" },
    thumbnail: "http://localhost:9000/static/nuoc-mam.webp",
    group: "food",
    priceVnd: 180000,
    available: 12,
    stars: 5,
    certificate: { validUntil: "2027-12-31T16:59:59.999Z" } as ProductCard["certificate"],
    producer: { handle: "khai-hoan", name: "CTCP Thương mại Khải Hoàn", type: "enterprise", province: "An Giang", commune: "Dương Đông" },
    ...overrides,
  }
}

describe("renderProductFeed", () => {
  it("lists each product with its VND price, availability, brand and certificate expiry, escaped", () => {
    const xml = renderProductFeed("https://ocop.example.vn", [card({})], new Date("2026-11-23T00:00:00Z"))
    expect(xml).toContain("<g:id>nuoc-mam-khai-hoan</g:id>")
    expect(xml).toContain("<title>Nước mắm Phú Quốc Khải Hoàn &amp; Co</title>")
    expect(xml).toContain("<link>https://ocop.example.vn/san-pham/nuoc-mam-khai-hoan</link>")
    expect(xml).toContain("<g:price>180000 VND</g:price>")
    expect(xml).toContain("<g:availability>in_stock</g:availability>")
    expect(xml).toContain("<g:brand>CTCP Thương mại Khải Hoàn</g:brand>")
    expect(xml).toContain("<g:expiration_date>2027-12-31</g:expiration_date>")
  })

  it.each([
    [0, "out_of_stock"],
    [3, "in_stock"],
  ])("marks %s units available as %s", (available, status) => {
    expect(renderProductFeed("https://ocop.example.vn", [card({ available })], new Date())).toContain(`<g:availability>${status}</g:availability>`)
  })

  it("leaves out a tourism service, which is booked with its producer rather than bought here", () => {
    expect(renderProductFeed("https://ocop.example.vn", [card({ group: "tourism", available: null })], new Date())).not.toContain("<item>")
  })

  it("leaves out products without a price, which a merchant feed cannot carry", () => {
    expect(renderProductFeed("https://ocop.example.vn", [card({ priceVnd: null })], new Date())).not.toContain("<item>")
  })
})
