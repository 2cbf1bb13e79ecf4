import type { Lang } from "../../i18n/dictionaries"
import { provinceByName, type Province } from "./provinces"

/** Anything listed under its province: a sales point, a producer. */
export interface InProvince {
  name: string
  province: string
  provinceSlug: string
}

export interface ProvinceGroup<T extends InProvince> {
  slug: string
  name: string
  province: Province | null
  entries: T[]
}

/**
 * One heading per province, named in the page's language; provinces in that language's alphabetical
 * order ("Ho Chi Minh City" under H in English, "TP Hồ Chí Minh" under T in Vietnamese), the entries
 * under each in Vietnamese order (their names are Vietnamese).
 */
export function groupByProvince<T extends InProvince>(entries: T[], lang: Lang): ProvinceGroup<T>[] {
  const groups = new Map<string, ProvinceGroup<T>>()
  for (const entry of entries) {
    let group = groups.get(entry.provinceSlug)
    if (!group) {
      const province = provinceByName(entry.province)
      group = { slug: entry.provinceSlug, name: province?.name[lang] ?? entry.province, province, entries: [] }
    }
    group.entries.push(entry)
    groups.set(entry.provinceSlug, group)
  }
  for (const group of groups.values()) group.entries.sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, lang))
}

/** The id of a province's heading on a grouped page, the target of its jump link. */
export function provinceHeadingId(slug: string): string {
  return `province-${slug}`
}
