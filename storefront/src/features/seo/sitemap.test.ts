import { describe, expect, it } from "vitest"
import type { ProductCard } from "../catalogue/types"
import { renderSitemap } from "./sitemap-xml"

const card = {
  handle: "mien-dong-tai-hoan",
  producer: { handle: "htx-tai-hoan", province: "Thái Nguyên" },
  certificate: { decisionDate: "2024-09-24T00:00:00.000Z" },
} as unknown as ProductCard

describe("renderSitemap", () => {
  it("lists each page in both languages with hreflang alternates", () => {
    const xml = renderSitemap("https://ocop.example.vn", [card])
    expect(xml).toContain("<loc>https://ocop.example.vn/san-pham/mien-dong-tai-hoan</loc><lastmod>2024-09-24</lastmod>")
    expect(xml).toContain("<loc>https://ocop.example.vn/en/products/mien-dong-tai-hoan</loc>")
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://ocop.example.vn/en/products/mien-dong-tai-hoan"/>')
    expect(xml).toContain("<loc>https://ocop.example.vn/chu-the/htx-tai-hoan</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/san-pham</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/en/sales-points</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/chu-the</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/en/producers</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/tinh</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/dieu-khoan-giao-dich</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/tinh/thai-nguyen</loc>")
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://ocop.example.vn/en/provinces/thai-nguyen"/>')
    // home, catalogue, sales points, producers, provinces, terms of sale, one province, one product, one producer — each in two languages
    expect(xml.match(/<url>/g)).toHaveLength(18)
  })
})
