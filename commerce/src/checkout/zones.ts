/**
 * Delivery regions for shipping prices. Provinces are the 34 units in force since 1 July 2025, keyed
 * by the slug the storefront puts in `shipping_address.province` (the same slugs as its province
 * pages); Medusa matches them against the `province` geo zones of each region's service zone.
 */
export interface DeliveryZone {
  code: "mien-bac" | "mien-trung" | "mien-nam"
  name: string
  name_en: string
  provinces: readonly string[]
  /** VND, no minor unit. */
  prices: { standard: number; express: number }
}

export const deliveryZones: readonly DeliveryZone[] = [
  {
    code: "mien-bac",
    name: "Miền Bắc",
    name_en: "Northern Vietnam",
    provinces: ["ha-noi", "hai-phong", "lai-chau", "dien-bien", "son-la", "lang-son", "cao-bang", "tuyen-quang", "lao-cai", "thai-nguyen", "phu-tho", "bac-ninh", "hung-yen", "ninh-binh", "quang-ninh"],
    prices: { standard: 30_000, express: 55_000 },
  },
  {
    code: "mien-trung",
    name: "Miền Trung và Tây Nguyên",
    name_en: "Central Vietnam and Central Highlands",
    provinces: ["thanh-hoa", "nghe-an", "ha-tinh", "quang-tri", "hue", "da-nang", "quang-ngai", "gia-lai", "khanh-hoa", "dak-lak", "lam-dong"],
    prices: { standard: 35_000, express: 65_000 },
  },
  {
    code: "mien-nam",
    name: "Miền Nam",
    name_en: "Southern Vietnam",
    provinces: ["tp-ho-chi-minh", "dong-nai", "tay-ninh", "can-tho", "vinh-long", "dong-thap", "ca-mau", "an-giang"],
    prices: { standard: 30_000, express: 55_000 },
  },
]

export const provinceSlugs: ReadonlySet<string> = new Set(deliveryZones.flatMap((zone) => zone.provinces))

export const deliverySpeeds = {
  standard: { name: "Giao hàng tiêu chuẩn (3–5 ngày)", name_en: "Standard delivery (3–5 days)" },
  express: { name: "Giao hàng nhanh (1–2 ngày)", name_en: "Express delivery (1–2 days)" },
} as const

/** Shipping option type codes the storefront relies on to tell delivery from pickup. */
export const SHIPPING_TYPE = { delivery: "delivery", pickup: "pickup" } as const
