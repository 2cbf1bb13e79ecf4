import { describe, expect, it } from "vitest"
import { breadcrumbStructuredData, producerTrail, productTrail, provinceTrail } from "./breadcrumbs"

const product = { group: "drinks" as const, title: { vi: "Chè đinh Tân Cương Hảo Đạt", en: "Hao Dat Tan Cuong dinh tea" } }

describe("productTrail", () => {
  it("leads from the home page through the catalogue to the product's OCOP group", () => {
    expect(productTrail(product, "vi")).toEqual([
      { name: "Chợ OCOP", href: "/" },
      { name: "Sản phẩm", href: "/san-pham" },
      { name: "Đồ uống", href: "/san-pham?group=drinks" },
      { name: "Chè đinh Tân Cương Hảo Đạt", href: null },
    ])
  })

  it("leaves out a group the catalogue cannot filter by", () => {
    expect(productTrail({ ...product, group: "unknown" }, "vi").map((crumb) => crumb.name)).toEqual(["Chợ OCOP", "Sản phẩm", "Chè đinh Tân Cương Hảo Đạt"])
  })

  it("stays in English on English pages", () => {
    expect(productTrail(product, "en").map((crumb) => crumb.href)).toEqual(["/en/", "/en/products", "/en/products?group=drinks", null])
    expect(productTrail(product, "en").at(-1)?.name).toBe("Hao Dat Tan Cuong dinh tea")
  })
})

describe("producerTrail", () => {
  it("leads from the home page through the producer directory", () => {
    expect(producerTrail({ name: "HTX Tài Hoan" }, "en")).toEqual([
      { name: "OCOP Market", href: "/en/" },
      { name: "OCOP producers", href: "/en/producers" },
      { name: "HTX Tài Hoan", href: null },
    ])
  })
})

describe("provinceTrail", () => {
  it("leads from the home page through the province directory", () => {
    expect(provinceTrail({ name: { vi: "Thái Nguyên", en: "Thai Nguyen" } }, "vi")).toEqual([
      { name: "Chợ OCOP", href: "/" },
      { name: "Tỉnh, thành phố", href: "/tinh" },
      { name: "Thái Nguyên", href: null },
    ])
  })
})

describe("breadcrumbStructuredData", () => {
  it("numbers the steps from 1 with absolute links, and gives the page itself no link", () => {
    const data = breadcrumbStructuredData(productTrail(product, "vi"), "https://ocop.example.vn")
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Chợ OCOP", item: "https://ocop.example.vn/" },
        { "@type": "ListItem", position: 2, name: "Sản phẩm", item: "https://ocop.example.vn/san-pham" },
        { "@type": "ListItem", position: 3, name: "Đồ uống", item: "https://ocop.example.vn/san-pham?group=drinks" },
        { "@type": "ListItem", position: 4, name: "Chè đinh Tân Cương Hảo Đạt" },
      ],
    })
  })
})
