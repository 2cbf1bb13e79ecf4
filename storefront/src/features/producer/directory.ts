import { productGroups, type ProductGroup } from "../catalogue/filters"

export const producerTypes = ["cooperative", "enterprise", "cooperative_group", "household_business"] as const
export type ProducerType = (typeof producerTypes)[number]

/** A producer with products on sale, as GET /store/ocop/producers returns it. */
export interface ProducerOnSale {
  handle: string
  name: string
  type: string
  province: string
  provinceSlug: string
  commune: string
  productsOnSale: number
  topStars: number
  groups: string[]
}

/** `?type=cooperative`: one producer type, or every type for anything else. */
export function parseProducerType(params: URLSearchParams): ProducerType | null {
  const wanted = params.get("type")
  return producerTypes.find((type) => type === wanted) ?? null
}

/** How many producers of each type, in the order shoppers see the types; types with none are left out. */
export function countByType(producers: ProducerOnSale[]): { type: ProducerType; count: number }[] {
  return producerTypes.map((type) => ({ type, count: producers.filter((producer) => producer.type === type).length })).filter((entry) => entry.count > 0)
}

/** A producer's product groups in the catalogue's order, unknown ones dropped. */
export function knownGroups(producer: ProducerOnSale): ProductGroup[] {
  return productGroups.filter((group) => producer.groups.includes(group))
}
