import { describe, expect, it } from "vitest"
import { slugify, toSearchDocument, type ProductForSearch } from "./document.ts"

const product: ProductForSearch = {
  id: "prod_1",
  handle: "mien-dong-na-ri",
  status: "published",
  title: "Miến dong Na Rì",
  subtitle: "Gói 500 g",
  description: "Sợi miến dai, trong.",
  thumbnail: "/static/mien.webp",
  metadata: { ocop_group: "food", title_en: "Na Rì arrowroot vermicelli", story_vi: "Từ củ dong riềng Côn Minh." },
  priceVnd: 90_000,
  tracksStock: true,
  certificate: {
    id: "cert_1",
    status: "active",
    stars: 4,
    decision_number: "1526/QĐ-UBND",
    decision_date: "2024-08-20T00:00:00.000Z",
    valid_until: new Date("2027-08-20T00:00:00.000Z"),
  },
  producer: { handle: "htx-tai-hoan", name: "HTX Tài Hoan", type: "cooperative", status: "active", province: "Thái Nguyên", commune: "Côn Minh" },
  stock: [
    { salesPoint: "diem-ocop-thai-nguyen", available: 7 },
    { salesPoint: "diem-ocop-ha-noi", available: 0 },
    { salesPoint: "diem-ocop-bac-kan", available: -2 },
  ],
}

describe("toSearchDocument", () => {
  it("carries what cards, filters and the listing rule need", () => {
    expect(toSearchDocument(product)).toEqual({
      id: "prod_1",
      handle: "mien-dong-na-ri",
      title: { vi: "Miến dong Na Rì", en: "Na Rì arrowroot vermicelli" },
      subtitle: { vi: "Gói 500 g", en: "Gói 500 g" },
      thumbnail: "/static/mien.webp",
      group: "food",
      stars: 4,
      priceVnd: 90_000,
      producer: { handle: "htx-tai-hoan", name: "HTX Tài Hoan", type: "cooperative" },
      province: "Thái Nguyên",
      provinceSlug: "thai-nguyen",
      commune: "Côn Minh",
      certificate: { id: "cert_1", status: "active", decisionNumber: "1526/QĐ-UBND", decisionDate: "2024-08-20T00:00:00.000Z", validUntil: "2027-08-20T00:00:00.000Z" },
      salesPoints: ["diem-ocop-thai-nguyen"],
      available: 7,
      keywords: "Thực phẩm Food Sợi miến dai, trong. Từ củ dong riềng Côn Minh.",
    })
  })

  it("keeps suspended certificates in the document: engines filter them when they answer", () => {
    expect(toSearchDocument({ ...product, certificate: { ...product.certificate!, status: "suspended" } })?.certificate.status).toBe("suspended")
  })

  it("has no stock count for services that keep none", () => {
    expect(toSearchDocument({ ...product, tracksStock: false, stock: [] })?.available).toBeNull()
  })

  it.each([
    ["a draft", { status: "draft" }],
    ["no certificate", { certificate: null }],
    ["no producer", { producer: null }],
    ["a suspended producer", { producer: { ...product.producer!, status: "suspended" } }],
    ["no product group", { metadata: { title_en: "x" } }],
    ["an unknown product group", { metadata: { ocop_group: "furniture" } }],
  ])("leaves out a product with %s", (_label, change) => {
    expect(toSearchDocument({ ...product, ...change } as ProductForSearch)).toBeNull()
  })
})

describe("slugify", () => {
  it.each([
    ["Hà Giang", "ha-giang"],
    ["Thành phố Hồ Chí Minh", "thanh-pho-ho-chi-minh"],
    ["Đắk Lắk", "dak-lak"],
    ["  Bà Rịa – Vũng Tàu ", "ba-ria-vung-tau"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })
})
