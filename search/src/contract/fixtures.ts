import { toSearchDocument, type ProductForSearch, type SearchDocument } from "../document.ts"

/**
 * A small catalogue that exercises what Vietnamese search gets wrong: names that fold to the same
 * letters ("bạc hà" the herb, "Bắc Hà" the place), đ, and look-alikes of sellable products whose
 * certificates are expired, suspended or revoked and must never be returned.
 */

const DAY = 86_400_000
/** Fixed "now" for the suite, so validity never depends on the day the tests run. */
export const suiteNow = new Date("2026-11-30T03:00:00Z")

export interface FixtureProduct {
  handle: string
  title: string
  titleEn: string
  group: string
  stars: number
  priceVnd: number
  producer: { handle: string; name: string; type: string; province: string; commune: string; legacy_province?: string; legacy_address?: string }
  certificate?: { status: string; validForDays: number; decidedDaysAgo: number }
  description?: string
  stock?: { salesPoint: string; available: number }[]
}

/** Phú Quốc was in Kiên Giang until the 2025 merger; shoppers still say "nước mắm Kiên Giang". */
const khaiHoan: FixtureProduct["producer"] = {
  handle: "cty-khai-hoan",
  name: "Công ty Khải Hoàn",
  type: "enterprise",
  province: "An Giang",
  commune: "Phú Quốc",
  legacy_province: "Kiên Giang",
  legacy_address: "thị trấn Dương Đông, huyện Phú Quốc, tỉnh Kiên Giang",
}

const fixtureProducts: FixtureProduct[] = [
  {
    handle: "mat-ong-bac-ha-ha-giang",
    title: "Mật ong bạc hà Hà Giang",
    titleEn: "Hà Giang mint honey",
    group: "food",
    stars: 4,
    priceVnd: 320_000,
    producer: {
      handle: "htx-meo-vac",
      name: "HTX Ong mật Mèo Vạc",
      type: "cooperative",
      province: "Tuyên Quang",
      commune: "Mèo Vạc",
      legacy_province: "Hà Giang",
      legacy_address: "huyện Mèo Vạc, tỉnh Hà Giang",
    },
    description: "Mật ong từ hoa bạc hà trên cao nguyên đá.",
    stock: [{ salesPoint: "diem-ocop-ha-noi", available: 12 }],
    certificate: { status: "active", validForDays: 400, decidedDaysAgo: 300 },
  },
  {
    handle: "che-shan-tuyet-bac-ha",
    title: "Chè Shan tuyết Bắc Hà",
    titleEn: "Bắc Hà Shan tuyết tea",
    group: "drinks",
    stars: 3,
    priceVnd: 150_000,
    producer: { handle: "htx-che-bac-ha", name: "HTX Chè Bắc Hà", type: "cooperative", province: "Lào Cai", commune: "Bắc Hà" },
    // "chăm sóc" and "trắng" far apart: not the province Sóc Trăng.
    description: "Búp chè phủ lông tơ trắng như tuyết, hái từ cây cổ thụ được chăm sóc theo hướng hữu cơ.",
    stock: [{ salesPoint: "diem-ocop-lao-cai", available: 30 }],
    certificate: { status: "active", validForDays: 700, decidedDaysAgo: 200 },
  },
  {
    handle: "mien-dong-na-ri",
    title: "Miến dong Na Rì",
    titleEn: "Na Rì arrowroot vermicelli",
    group: "food",
    stars: 4,
    priceVnd: 90_000,
    producer: { handle: "htx-tai-hoan", name: "HTX Tài Hoan", type: "cooperative", province: "Thái Nguyên", commune: "Côn Minh" },
    stock: [{ salesPoint: "diem-ocop-ha-noi", available: 40 }],
    certificate: { status: "active", validForDays: 900, decidedDaysAgo: 100 },
  },
  {
    handle: "nuoc-mam-phu-quoc",
    title: "Nước mắm Phú Quốc",
    titleEn: "Phú Quốc fish sauce",
    group: "food",
    stars: 5,
    priceVnd: 250_000,
    producer: khaiHoan,
    stock: [{ salesPoint: "diem-ocop-ha-noi", available: 5 }],
    certificate: { status: "active", validForDays: 1000, decidedDaysAgo: 10 },
  },
  {
    handle: "nuoc-mam-cat-hai",
    title: "Nước mắm Cát Hải",
    titleEn: "Cát Hải fish sauce",
    group: "food",
    stars: 4,
    priceVnd: 120_000,
    producer: { handle: "htx-cat-hai", name: "HTX Chế biến hải sản Cát Hải", type: "cooperative", province: "Hải Phòng", commune: "Cát Hải" },
    certificate: { status: "active", validForDays: 500, decidedDaysAgo: 50 },
  },
  {
    handle: "duong-phen-quang-ngai",
    title: "Đường phèn Quảng Ngãi",
    titleEn: "Quảng Ngãi rock sugar",
    group: "food",
    stars: 3,
    priceVnd: 60_000,
    producer: { handle: "cs-duong-phen", name: "Cơ sở Đường phèn Bình Sơn", type: "household_business", province: "Quảng Ngãi", commune: "Bình Sơn" },
    certificate: { status: "active", validForDays: 1095, decidedDaysAgo: 700 },
  },
  {
    handle: "tho-cam-mai-chau",
    title: "Thổ cẩm Mai Châu",
    titleEn: "Mai Châu brocade",
    group: "handicraft",
    stars: 3,
    priceVnd: 450_000,
    producer: {
      handle: "tht-tho-cam",
      name: "Tổ hợp tác dệt thổ cẩm Bản Lác",
      type: "cooperative_group",
      province: "Phú Thọ",
      commune: "Mai Châu",
      legacy_province: "Hòa Bình",
      legacy_address: "bản Lác, thị trấn Mai Châu, huyện Mai Châu, tỉnh Hòa Bình",
    },
    stock: [{ salesPoint: "diem-ocop-phu-tho", available: 3 }, { salesPoint: "diem-ocop-ha-noi", available: 0 }],
    certificate: { status: "active", validForDays: 800, decidedDaysAgo: 30 },
  },
  {
    handle: "du-lich-con-chim",
    title: "Điểm du lịch cộng đồng Cồn Chim",
    titleEn: "Cồn Chim community tourism",
    group: "tourism",
    stars: 4,
    priceVnd: 200_000,
    producer: { handle: "htx-con-chim", name: "HTX Du lịch Cồn Chim", type: "cooperative", province: "Vĩnh Long", commune: "Hòa Minh" },
    certificate: { status: "active", validForDays: 600, decidedDaysAgo: 400 },
  },
  // Look-alikes that must never be returned.
  {
    handle: "nuoc-mam-phu-quoc-het-han",
    title: "Nước mắm Phú Quốc thượng hạng",
    titleEn: "Premium Phú Quốc fish sauce",
    group: "food",
    stars: 5,
    priceVnd: 260_000,
    producer: khaiHoan,
    stock: [{ salesPoint: "diem-ocop-ha-noi", available: 50 }],
    // Lapsed yesterday; the stored status still says active because no job has run.
    certificate: { status: "active", validForDays: 1094, decidedDaysAgo: 1095 },
  },
  {
    handle: "mien-dong-binh-lieu-dinh-chi",
    title: "Miến dong Bình Liêu",
    titleEn: "Bình Liêu arrowroot vermicelli",
    group: "food",
    stars: 4,
    priceVnd: 95_000,
    producer: { handle: "htx-binh-lieu", name: "HTX Miến dong Bình Liêu", type: "cooperative", province: "Quảng Ninh", commune: "Bình Liêu" },
    certificate: { status: "suspended", validForDays: 900, decidedDaysAgo: 100 },
  },
  {
    handle: "mat-ong-bac-ha-thu-hoi",
    title: "Mật ong bạc hà Đồng Văn",
    titleEn: "Đồng Văn mint honey",
    group: "food",
    stars: 5,
    priceVnd: 350_000,
    producer: { handle: "htx-dong-van", name: "HTX Đồng Văn", type: "cooperative", province: "Tuyên Quang", commune: "Đồng Văn" },
    certificate: { status: "revoked", validForDays: 900, decidedDaysAgo: 100 },
  },
  {
    handle: "che-bac-ha-het-han",
    title: "Chè Bắc Hà cổ thụ",
    titleEn: "Bắc Hà ancient tea",
    group: "drinks",
    stars: 4,
    priceVnd: 180_000,
    producer: { handle: "htx-che-bac-ha", name: "HTX Chè Bắc Hà", type: "cooperative", province: "Lào Cai", commune: "Bắc Hà" },
    certificate: { status: "expired", validForDays: 10, decidedDaysAgo: 1200 },
  },
]

export function productFor(fixture: FixtureProduct, index: number): ProductForSearch {
  const certificate = fixture.certificate!
  const decided = new Date(suiteNow.getTime() - certificate.decidedDaysAgo * DAY)
  return {
    id: `prod_contract_${String(index).padStart(2, "0")}`,
    handle: fixture.handle,
    status: "published",
    title: fixture.title,
    subtitle: null,
    description: fixture.description ?? null,
    thumbnail: null,
    metadata: { ocop_group: fixture.group, title_en: fixture.titleEn },
    priceVnd: fixture.priceVnd,
    tracksStock: fixture.stock !== undefined,
    certificate: {
      id: `cert_contract_${index}`,
      status: certificate.status,
      stars: fixture.stars,
      decision_number: `${100 + index}/QĐ-UBND`,
      decision_date: decided,
      valid_until: new Date(decided.getTime() + certificate.validForDays * DAY),
    },
    producer: { ...fixture.producer, status: "active" },
    stock: fixture.stock ?? [],
  }
}

export const contractDocuments: SearchDocument[] = fixtureProducts.map((fixture, index) => {
  const document = toSearchDocument(productFor(fixture, index))
  if (!document) throw new Error(`Fixture ${fixture.handle} does not map to a search document`)
  return document
})

export const neverSellable = new Set(["nuoc-mam-phu-quoc-het-han", "mien-dong-binh-lieu-dinh-chi", "mat-ong-bac-ha-thu-hoi", "che-bac-ha-het-han"])

export const sellableHandles = contractDocuments.map((document) => document.handle).filter((handle) => !neverSellable.has(handle))

export function documentByHandle(handle: string): SearchDocument {
  const document = contractDocuments.find((candidate) => candidate.handle === handle)
  if (!document) throw new Error(`No fixture ${handle}`)
  return document
}
