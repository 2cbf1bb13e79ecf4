import { storeCall } from "../../lib/medusa"

/** A ward, commune or special zone since 1 July 2025, by its official name. */
export interface Ward {
  code: string
  name: string
}

// A province's wards change only with a law: one read per province for the life of the process.
const wardsByProvince = new Map<string, Promise<Ward[]>>()

/** The wards and communes of a province (by slug), as commerce lists them for the delivery address. */
export function wardsOf(province: string): Promise<Ward[]> {
  let wards = wardsByProvince.get(province)
  if (!wards) {
    wards = storeCall<{ wards: Ward[] }>("/store/ocop/wards", { query: { province } }).then((answer) => answer.wards)
    // A failed read is not kept: the next page asks again.
    wards.catch(() => wardsByProvince.delete(province))
    wardsByProvince.set(province, wards)
  }
  return wards
}
