import type { Lang } from "../../i18n/dictionaries"

interface Name {
  vi: string
  en: string
}

export interface Province {
  /** URL slug, the same the search index derives from the province name ("Lào Cai" → "lao-cai"). */
  slug: string
  name: Name
  kind: "city" | "province"
  /** Pre-July-2025 provinces merged into this one (besides itself), with the slugs their old URLs used. */
  merged: { slug: string; name: string }[]
  /** Other slugs people use for the same unit (a former name, a long form); they redirect too. */
  aliases: string[]
}

function unit(slug: string, vi: string, en: string, kind: Province["kind"], merged: [slug: string, name: string][] = [], aliases: string[] = []): Province {
  return { slug, name: { vi, en }, kind, merged: merged.map(([slug, name]) => ({ slug, name })), aliases }
}

/**
 * The 34 provincial units in force since 1 July 2025 (Resolution 202/2025/QH15), with the old provinces
 * merged into each (shared/ocop-domain.md §7.4). Bình Phước → Đồng Nai and Long An → Tây Ninh are
 * marked unconfirmed in that brief but follow the same resolution.
 */
export const provinces: Province[] = [
  unit("ha-noi", "Hà Nội", "Hanoi", "city"),
  unit("hai-phong", "Hải Phòng", "Hai Phong", "city", [["hai-duong", "Hải Dương"]]),
  unit("hue", "Huế", "Hue", "city", [], ["thua-thien-hue"]),
  unit("da-nang", "Đà Nẵng", "Da Nang", "city", [["quang-nam", "Quảng Nam"]]),
  unit("can-tho", "Cần Thơ", "Can Tho", "city", [["hau-giang", "Hậu Giang"], ["soc-trang", "Sóc Trăng"]]),
  unit("tp-ho-chi-minh", "TP Hồ Chí Minh", "Ho Chi Minh City", "city", [
    ["binh-duong", "Bình Dương"],
    ["ba-ria-vung-tau", "Bà Rịa – Vũng Tàu"],
  ], ["ho-chi-minh", "thanh-pho-ho-chi-minh"]),
  unit("lai-chau", "Lai Châu", "Lai Chau", "province"),
  unit("dien-bien", "Điện Biên", "Dien Bien", "province"),
  unit("son-la", "Sơn La", "Son La", "province"),
  unit("lang-son", "Lạng Sơn", "Lang Son", "province"),
  unit("cao-bang", "Cao Bằng", "Cao Bang", "province"),
  unit("tuyen-quang", "Tuyên Quang", "Tuyen Quang", "province", [["ha-giang", "Hà Giang"]]),
  unit("lao-cai", "Lào Cai", "Lao Cai", "province", [["yen-bai", "Yên Bái"]]),
  unit("thai-nguyen", "Thái Nguyên", "Thai Nguyen", "province", [["bac-kan", "Bắc Kạn"]]),
  unit("phu-tho", "Phú Thọ", "Phu Tho", "province", [["vinh-phuc", "Vĩnh Phúc"], ["hoa-binh", "Hòa Bình"]]),
  unit("bac-ninh", "Bắc Ninh", "Bac Ninh", "province", [["bac-giang", "Bắc Giang"]]),
  unit("hung-yen", "Hưng Yên", "Hung Yen", "province", [["thai-binh", "Thái Bình"]]),
  unit("ninh-binh", "Ninh Bình", "Ninh Binh", "province", [["nam-dinh", "Nam Định"], ["ha-nam", "Hà Nam"]]),
  unit("quang-ninh", "Quảng Ninh", "Quang Ninh", "province"),
  unit("thanh-hoa", "Thanh Hóa", "Thanh Hoa", "province"),
  unit("nghe-an", "Nghệ An", "Nghe An", "province"),
  unit("ha-tinh", "Hà Tĩnh", "Ha Tinh", "province"),
  unit("quang-tri", "Quảng Trị", "Quang Tri", "province", [["quang-binh", "Quảng Bình"]]),
  unit("quang-ngai", "Quảng Ngãi", "Quang Ngai", "province", [["kon-tum", "Kon Tum"]]),
  unit("gia-lai", "Gia Lai", "Gia Lai", "province", [["binh-dinh", "Bình Định"]]),
  unit("khanh-hoa", "Khánh Hòa", "Khanh Hoa", "province", [["ninh-thuan", "Ninh Thuận"]]),
  unit("lam-dong", "Lâm Đồng", "Lam Dong", "province", [["dak-nong", "Đắk Nông"], ["binh-thuan", "Bình Thuận"]]),
  unit("dak-lak", "Đắk Lắk", "Dak Lak", "province", [["phu-yen", "Phú Yên"]]),
  unit("dong-nai", "Đồng Nai", "Dong Nai", "province", [["binh-phuoc", "Bình Phước"]]),
  unit("tay-ninh", "Tây Ninh", "Tay Ninh", "province", [["long-an", "Long An"]]),
  unit("vinh-long", "Vĩnh Long", "Vinh Long", "province", [["ben-tre", "Bến Tre"], ["tra-vinh", "Trà Vinh"]]),
  unit("dong-thap", "Đồng Tháp", "Dong Thap", "province", [["tien-giang", "Tiền Giang"]]),
  unit("ca-mau", "Cà Mau", "Ca Mau", "province", [["bac-lieu", "Bạc Liêu"]]),
  unit("an-giang", "An Giang", "An Giang", "province", [["kien-giang", "Kiên Giang"]]),
]

const bySlug = new Map(provinces.map((province) => [province.slug, province]))
const byLegacySlug = new Map(provinces.flatMap((province) => [...province.merged.map((old) => old.slug), ...province.aliases].map((slug) => [slug, province] as const)))
const byName = new Map(provinces.map((province) => [province.name.vi, province]))

export type ProvinceLookup = { kind: "current"; province: Province } | { kind: "legacy"; province: Province } | { kind: "unknown" }

/** A province by URL slug: a post-2025 province, an old one now merged into it (to redirect), or neither. */
export function lookupProvince(slug: string): ProvinceLookup {
  const current = bySlug.get(slug)
  if (current) return { kind: "current", province: current }
  const merged = byLegacySlug.get(slug)
  return merged ? { kind: "legacy", province: merged } : { kind: "unknown" }
}

/** Whether a slug names one of the 34 provinces in force since July 2025 (not a merged one). */
export function isProvinceSlug(slug: string): boolean {
  return bySlug.has(slug)
}

/** The post-2025 province of a slug, old or new; null when it names no province. */
export function currentProvince(slug: string): Province | null {
  const found = lookupProvince(slug)
  return found.kind === "unknown" ? null : found.province
}

/** The province whose Vietnamese name the commerce API returns ("Lào Cai"). */
export function provinceByName(name: string): Province | null {
  return byName.get(name) ?? null
}

/** A province as the commerce API names it ("Hà Tĩnh"), in the page's language ("Ha Tinh"); a name it does not know is shown as given. */
export function provinceName(name: string, lang: Lang): string {
  return provinceByName(name)?.name[lang] ?? name
}

/** Display name for a province slug; an unknown slug is shown as it is rather than hidden. */
export function provinceLabel(slug: string, lang: Lang): string {
  return bySlug.get(slug)?.name[lang] ?? slug
}
