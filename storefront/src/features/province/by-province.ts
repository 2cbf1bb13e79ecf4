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

/** One heading per province, provinces and the entries under each in Vietnamese alphabetical order. */
export function groupByProvince<T extends InProvince>(entries: T[]): ProvinceGroup<T>[] {
  const groups = new Map<string, ProvinceGroup<T>>()
  for (const entry of entries) {
    const group = groups.get(entry.provinceSlug) ?? { slug: entry.provinceSlug, name: entry.province, province: provinceByName(entry.province), entries: [] }
    group.entries.push(entry)
    groups.set(entry.provinceSlug, group)
  }
  for (const group of groups.values()) group.entries.sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

/** The id of a province's heading on a grouped page, the target of its jump link. */
export function provinceHeadingId(slug: string): string {
  return `province-${slug}`
}
