import { numeric } from "./numeric"

/** One inventory item of a variant, as Medusa's query gives it, with its stock at each location. */
export interface SupplyLink {
  required_quantity: unknown
  inventory?: { location_levels?: { location_id: string; stocked_quantity: unknown; reserved_quantity: unknown }[] | null } | null
}

/**
 * The most units of a variant one order line can take from the given locations (the cart's sales
 * channel). Medusa reserves each inventory item of a line at a single stock location, so the best
 * single sales point counts, never their sum: 12 + 6 units at two points sell at most 12 at once.
 * A variant with no inventory item cannot be reserved at all.
 */
export function lineSupply(links: SupplyLink[], locations: ReadonlySet<string>): number {
  if (links.length === 0) return 0
  return Math.min(
    ...links.map((link) => {
      const perUnit = Math.max(1, numeric(link.required_quantity))
      const atEach = (link.inventory?.location_levels ?? [])
        .filter((level) => locations.has(level.location_id))
        .map((level) => Math.floor((numeric(level.stocked_quantity) - numeric(level.reserved_quantity)) / perUnit))
      return Math.max(0, ...atEach)
    })
  )
}
