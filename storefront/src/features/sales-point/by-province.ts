import { formatAddress } from "../../lib/format"
import { provinceByName, type Province } from "../province/provinces"

/** One open sales point as GET /store/ocop/sales-points returns it. */
export interface SalesPoint {
  handle: string
  name: string
  locationType: string
  province: string
  provinceSlug: string
  commune: string
  street: string | null
  legacyAddress: string | null
  openingHours: string
  phone: string | null
}

export interface ProvinceGroup {
  slug: string
  name: string
  province: Province | null
  points: SalesPoint[]
}

/** Sales points under one heading per province, provinces in Vietnamese alphabetical order. */
export function groupByProvince(points: SalesPoint[]): ProvinceGroup[] {
  const groups = new Map<string, ProvinceGroup>()
  for (const point of points) {
    const group = groups.get(point.provinceSlug) ?? { slug: point.provinceSlug, name: point.province, province: provinceByName(point.province), points: [] }
    group.points.push(point)
    groups.set(point.provinceSlug, group)
  }
  for (const group of groups.values()) group.points.sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

/** "street, commune, province", skipping the parts a point does not have. */
export function salesPointAddress(point: SalesPoint): string {
  return formatAddress(point.street, point.commune, point.province)
}
