/**
 * Shape of the seed catalogue. The data files beside this one describe real OCOP products
 * (see shared/ocop-domain.md §5.3); the seed script turns them into Medusa products,
 * producers, certificates, sales points and stock levels.
 */

/** The six product groups of Decision 148/QĐ-TTg (2023), same as 919/QĐ-TTg (2022). */
export type ProductGroup =
  | "food" // Thực phẩm
  | "drinks" // Đồ uống
  | "herbal" // Dược liệu và sản phẩm từ dược liệu
  | "handicraft" // Hàng thủ công mỹ nghệ
  | "ornamental" // Sinh vật cảnh
  | "tourism" // Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch

export type ProducerType =
  | "cooperative" // Hợp tác xã (HTX)
  | "enterprise" // Doanh nghiệp (Cty, CTCP, DNTN)
  | "cooperative_group" // Tổ hợp tác (THT)
  | "household_business" // Hộ kinh doanh / cơ sở sản xuất / hộ sản xuất

export type CertificateRegime = "1048/2019" | "148/2023" | "1489/2025"
export type IssuingAuthorityLevel = "district" | "province" | "national"
export type CertificateStatus = "active" | "suspended" | "revoked" | "expired"

export interface AddressSeed {
  /** Post-2025 province (one of the 34 units). */
  province: string
  /** Post-2025 commune/ward, when known; otherwise the pre-2025 commune name. */
  commune: string
  /** Street, hamlet (thôn/xóm/ấp/khóm) or empty. */
  street: string
  /** Full pre-July-2025 three-level address as written in decisions, e.g. "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn". */
  legacyAddress: string
  /** Pre-2025 province name, e.g. "Bắc Kạn". */
  legacyProvince: string
}

export interface ProducerSeed {
  handle: string
  /** Legal name as in the recognition decision, e.g. "HTX Tài Hoan". */
  name: string
  type: ProducerType
  address: AddressSeed
  story: { vi: string; en: string }
}

/**
 * When the recognition decision was signed. Documented decisions use their real date;
 * demonstration states (expiring soon, just expired) are relative to the day the seed runs,
 * so the catalogue keeps showing those states whenever it is installed.
 */
export type DecisionDate = { on: string } | { daysAgo: number }

export interface CertificateSeed {
  decisionNumber: string
  decided: DecisionDate
  issuingAuthorityName: string
  issuingAuthorityLevel: IssuingAuthorityLevel
  regime: CertificateRegime
  stars: 3 | 4 | 5
  /** 0–100 when published; must match the stars (50–69 → 3★, 70–89 → 4★, 90–100 → 5★). */
  score: number | null
  status: CertificateStatus
  /** Required for suspended and revoked certificates. */
  statusReason?: string
  /** True when decision number and date come from a public source; false when illustrative. */
  documented: boolean
}

export interface ProductSeed {
  handle: string
  title: { vi: string; en: string }
  /** Short line under the title, e.g. pack size: "Gói 500 g". */
  subtitle: { vi: string; en: string }
  description: { vi: string; en: string }
  /** Câu chuyện sản phẩm, written for this project. */
  story: { vi: string; en: string }
  producer: string
  group: ProductGroup
  /** VND, integer, no minor unit. */
  priceVnd: number
  /** Grams for shippable goods; null for services (tourism). */
  weightGrams: number | null
  /** Where delivery is possible when the producer limits it (product metadata `delivery_area`); everywhere when absent. */
  deliveryArea?: { provinces: string[]; label: { vi: string; en: string } }
  certificate: CertificateSeed
  /** Sales point handle → units in stock there. */
  stock: Record<string, number>
}

export interface SalesPointSeed {
  handle: string
  name: string
  /** Location type from Decision 950/QĐ-BCT (2023). */
  locationType:
    | "transport_hub" // nhà ga, sân bay, bến xe, cảng
    | "highway_rest_stop" // trạm dừng nghỉ
    | "market_or_mall" // trung tâm thương mại, siêu thị, chợ
    | "tourist_area" // khu du lịch, nhà hàng, khách sạn
    | "craft_village" // làng nghề
    | "commercial_centre" // trung tâm thương mại huyện/xã, cụm công nghiệp
    | "fair_centre" // trung tâm hội chợ triển lãm
    | "post_office" // bưu điện, bưu điện văn hóa xã
  operator: string
  address: AddressSeed
  /** OpenStreetMap `opening_hours` syntax, e.g. "Mo-Su 07:00-21:00" or "24/7". */
  openingHours: string
  latitude: number
  longitude: number
  phone: string | null
}
