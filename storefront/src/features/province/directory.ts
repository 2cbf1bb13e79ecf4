import type { Lang } from "../../i18n/dictionaries"
import { provinces, type Province } from "./provinces"

export interface ProvinceEntry {
  province: Province
  /** Products on sale from producers in this province. */
  products: number
}

/** All 34 provinces in the page language's alphabetical order, each with its products on sale (by slug, from the search facets). */
export function provinceDirectory(productsByProvince: Record<string, number>, lang: Lang): ProvinceEntry[] {
  return provinces
    .map((province) => ({ province, products: productsByProvince[province.slug] ?? 0 }))
    .sort((a, b) => a.province.name[lang].localeCompare(b.province.name[lang], lang))
}
