import { describe, expect, it } from "vitest"
import type { ProductDetail } from "../catalogue/types"
import { productStructuredData } from "./structured-data"

const product = {
  handle: "mien-dong-tai-hoan",
  title: { vi: "Miến dong Tài Hoan", en: "Tai Hoan glass noodles" },
  description: { vi: "Miến dong Na Rì", en: "Na Ri noodles" },
  images: ["http://localhost:9000/static/mien.webp"],
  gallery: [{ url: "http://localhost:9000/static/mien.webp", width: null, height: null, avif: [], webp: [] }],
  priceVnd: 85000,
  available: 0,
  shippable: true,
  producer: { name: "HTX Tài Hoan", commune: "xã Côn Minh", province: "Thái Nguyên" },
  certificate: {
    stars: 5,
    decisionNumber: "2586/QĐ-BNN-VPĐP",
    issuingAuthorityName: "Bộ Nông nghiệp và Phát triển nông thôn",
    validFrom: "2024-09-23T17:00:00.000Z",
    validUntil: "2027-09-23T16:59:59.999Z",
    status: "active",
  },
} as unknown as ProductDetail

describe("productStructuredData", () => {
  it("describes the offer in VND and the OCOP certificate", () => {
    const data = productStructuredData(product, "en", "https://ocop.example.vn")
    expect(data).toMatchObject({
      "@type": "Product",
      name: "Tai Hoan glass noodles",
      url: "https://ocop.example.vn/en/products/mien-dong-tai-hoan",
      offers: { priceCurrency: "VND", price: 85000, availability: "https://schema.org/OutOfStock" },
      hasCertification: {
        "@type": "Certification",
        certificationIdentification: "2586/QĐ-BNN-VPĐP",
        issuedBy: { name: "Bộ Nông nghiệp và Phát triển nông thôn" },
        certificationRating: { ratingValue: 5, bestRating: 5 },
        expires: "2027-09-23T16:59:59.999Z",
        certificationStatus: "https://schema.org/CertificationActive",
      },
    })
  })

  it("names the producer's place without an empty commune, in the page's language", () => {
    const withoutCommune = { ...product, producer: { ...product.producer, commune: "" } } as ProductDetail
    expect(productStructuredData(withoutCommune, "vi", "https://ocop.example.vn").manufacturer).toMatchObject({ address: "Thái Nguyên" })
    expect(productStructuredData(product, "vi", "https://ocop.example.vn").manufacturer).toMatchObject({ address: "xã Côn Minh, Thái Nguyên" })
  })

  it("offers nothing to buy for a tourism service booked with its producer", () => {
    const service = { ...product, shippable: false, available: null } as ProductDetail
    const data = productStructuredData(service, "vi", "https://ocop.example.vn")
    expect(data).not.toHaveProperty("offers")
    expect(data).toMatchObject({ "@type": "Product", hasCertification: { certificationIdentification: "2586/QĐ-BNN-VPĐP" } })
  })
})
