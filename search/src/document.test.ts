import { describe, expect, it } from "vitest"
import { formerPlaces, slugify, toSearchDocument, type ProductForSearch } from "./document.ts"

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
    { salesPoint: "diem-ocop-ha-noi", available: 3 },
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
      formerPlaces: [],
      certificate: { id: "cert_1", status: "active", decisionNumber: "1526/QĐ-UBND", decisionDate: "2024-08-20T00:00:00.000Z", validUntil: "2027-08-20T00:00:00.000Z" },
      salesPoints: ["diem-ocop-ha-noi", "diem-ocop-thai-nguyen"],
      // One sales point serves an order line: 7, not 7 + 3.
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

describe("formerPlaces", () => {
  const producer = product.producer!
  it.each([
    ["tỉnh Kiên Giang", "thị trấn Dương Đông, huyện Phú Quốc, tỉnh Kiên Giang", "An Giang", "thị trấn Dương Đông", ["Kiên Giang", "Phú Quốc"]],
    ["Hà Giang", "xã Thông Nguyên, huyện Hoàng Su Phì, tỉnh Hà Giang", "Tuyên Quang", "xã Thông Nguyên", ["Hà Giang", "Hoàng Su Phì"]],
    ["Bắc Kạn", "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn", "Thái Nguyên", "xã Côn Minh", ["Bắc Kạn", "Na Rì", "Chè Cọ"]],
    ["Nghệ An", "xóm 6, xã Hạnh Lâm, huyện Thanh Chương, tỉnh Nghệ An", "Nghệ An", "xã Hạnh Lâm", ["Thanh Chương"]],
    ["Bắc Giang", null, "Bắc Ninh", "", ["Bắc Giang"]],
    [null, null, "Thái Nguyên", "Côn Minh", []],
  ])("names the former province %s and the units of the former address the current one lacks", (legacyProvince, legacyAddress, province, commune, places) => {
    expect(formerPlaces({ ...producer, province, commune, legacy_province: legacyProvince, legacy_address: legacyAddress })).toEqual(places)
  })

  it("puts them in the document", () => {
    const moved = toSearchDocument({ ...product, producer: { ...producer, legacy_province: "Bắc Kạn", legacy_address: "huyện Na Rì, tỉnh Bắc Kạn" } })
    expect(moved?.formerPlaces).toEqual(["Bắc Kạn", "Na Rì"])
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
