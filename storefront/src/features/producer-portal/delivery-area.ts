import type { Lang } from "../../i18n/dictionaries"
import { provinces } from "../province/provinces"

/** A product's delivery area as commerce stores it: province slugs and how the area reads. */
export interface DeliveryArea {
  provinces: string[]
  label: { vi: string; en: string }
}

const bySlug = new Map(provinces.map((province) => [province.slug, province]))

export function isProvinceSlug(slug: string): boolean {
  return bySlug.has(slug)
}

function listed(names: string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(names)
}

/**
 * The area for the provinces a producer ticked, named in both languages ("Hà Nội và Bắc Ninh");
 * none ticked means delivered everywhere (null). Unknown slugs are the form parser's to refuse.
 */
export function deliveryAreaFor(slugs: string[]): DeliveryArea | null {
  const chosen = provinces.filter((province) => slugs.includes(province.slug))
  if (chosen.length === 0) return null
  return {
    provinces: chosen.map((province) => province.slug),
    label: { vi: listed(chosen.map((province) => province.name.vi), "vi"), en: listed(chosen.map((province) => province.name.en), "en") },
  }
}
