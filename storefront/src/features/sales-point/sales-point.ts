import { formatAddress } from "../../lib/format"

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

/** "street, commune, province", skipping the parts a point does not have. */
export function salesPointAddress(point: SalesPoint): string {
  return formatAddress(point.street, point.commune, point.province)
}
