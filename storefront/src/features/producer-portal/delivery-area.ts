import type { Lang } from "../../i18n/dictionaries"
import type { DeliveryArea } from "../catalogue/types"
import { provinces } from "../province/provinces"

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
