import type { Lang } from "../../i18n/dictionaries"
import { formatAddress } from "../../lib/format"
import type { StoreCart, StoreShippingOption } from "../../lib/medusa"
import { provinceByName } from "../province/provinces"
import type { SalesPoint } from "../sales-point/sales-point"
import type { CartLine } from "../cart/cart"

export interface DeliveryChoice {
  id: string
  name: { vi: string; en: string }
  amount: number
}

export interface PickupChoice {
  id: string
  /** The sales point's handle: kept on the order's shipping method, so its page can show the point. */
  handle: string | null
  name: string
  /** The option's own name, "Nhận tại …" / "Pick up at …", as the order records it. */
  optionName: { vi: string; en: string }
  address: string
  /** OpenStreetMap opening_hours syntax (sales-point/opening-hours.ts). */
  openingHours: string | null
  provinceSlug: string
  commune: string
  street: string
}

/** The English name commerce gives each option (`data.name_en`, checkout/setup.ts). */
function englishName(option: StoreShippingOption): string | null {
  const name = option.data?.["name_en"]
  return typeof name === "string" && name ? name : null
}

export interface PickupGroup {
  slug: string
  name: { vi: string; en: string }
  points: PickupChoice[]
}

/** Delivery options priced for the cart's address, named in both languages. */
export function deliveryChoices(options: StoreShippingOption[]): DeliveryChoice[] {
  return options
    .filter((option) => option.type?.code === "delivery")
    .map((option) => ({ id: option.id, name: { vi: option.name, en: englishName(option) ?? option.name }, amount: option.amount ?? 0 }))
    .sort((a, b) => a.amount - b.amount)
}

/**
 * Sales points where the whole cart can be collected, under one heading per province. A point
 * missing even one unit of one line is left out (Medusa's `insufficient_inventory`).
 */
export function pickupGroups(options: StoreShippingOption[], salesPoints: SalesPoint[]): PickupGroup[] {
  const byHandle = new Map(salesPoints.map((point) => [point.handle, point]))
  const groups = new Map<string, PickupGroup>()
  for (const option of options) {
    if (option.type?.code !== "pickup" || option.insufficient_inventory !== false) continue
    const location = option.service_zone?.fulfillment_set?.location
    const handle = typeof option.data?.["sales_point_handle"] === "string" ? option.data["sales_point_handle"] : null
    const point = handle ? byHandle.get(handle) : undefined
    const provinceName = point?.province ?? location?.address?.province ?? ""
    const province = provinceByName(provinceName)
    const slug = point?.provinceSlug ?? province?.slug ?? provinceName
    // A point without a street has null here, not its stock location's address_1 (which repeats the commune).
    const commune = (point ? point.commune : location?.address?.city) ?? ""
    const street = (point ? point.street : location?.address?.address_1) ?? ""
    const choice: PickupChoice = {
      id: option.id,
      handle,
      name: point?.name ?? location?.name ?? option.name,
      optionName: { vi: option.name, en: englishName(option) ?? option.name },
      address: formatAddress(street, commune, provinceName),
      openingHours: point?.openingHours ?? null,
      provinceSlug: slug,
      commune,
      street,
    }
    const group = groups.get(slug) ?? { slug, name: province ? province.name : { vi: provinceName, en: provinceName }, points: [] }
    group.points.push(choice)
    groups.set(slug, group)
  }
  for (const group of groups.values()) group.points.sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return [...groups.values()].sort((a, b) => a.name.vi.localeCompare(b.name.vi, "vi"))
}

/** The shopper's own province first: the points they can reach most easily. */
export function nearestFirst(groups: PickupGroup[], provinceSlug: string | null): PickupGroup[] {
  if (!provinceSlug) return groups
  return [...groups.filter((group) => group.slug === provinceSlug), ...groups.filter((group) => group.slug !== provinceSlug)]
}

export function deliveryName(choice: DeliveryChoice, lang: Lang): string {
  return choice.name[lang]
}

type StockedLine = Pick<CartLine, "title" | "quantity" | "available" | "stockAt">

/**
 * When no sales point holds the whole cart: the point that lacks the fewest of its products, and
 * those products, so the shopper knows what to take out to pick up there. Null when there is no
 * point, or when the points' stock says one could (the options were judged a moment earlier).
 */
export function closestPickup<Line extends StockedLine>(lines: Line[], points: SalesPoint[]): { point: SalesPoint; missing: Line[] } | null {
  let closest: { point: SalesPoint; missing: Line[] } | null = null
  for (const point of points) {
    const missing = lines.filter((line) => line.available !== null && (line.stockAt[point.handle] ?? 0) < line.quantity)
    if (missing.length === 0) return null
    if (!closest || missing.length < closest.missing.length) closest = { point, missing }
  }
  return closest
}

/**
 * What a cart's shipping options depend on: its lines and quantities (delivery areas, stock at each
 * pickup point, shipping profiles), where it goes (zones and prices) and delivery or pickup. A
 * checkout step's form post and the page after it see the same cart state and share one read.
 */
export function shippingOptionsKey(cart: Pick<StoreCart, "id" | "region_id" | "items" | "shipping_address" | "metadata">): string {
  const lines = cart.items.map((item) => `${item.variant_id}×${item.quantity}`).sort()
  const address = cart.shipping_address
  return JSON.stringify([
    cart.id,
    cart.region_id,
    lines,
    [address?.country_code ?? null, address?.province ?? null, address?.city ?? null, address?.address_1 ?? null],
    cart.metadata?.["fulfilment"] ?? null,
  ])
}
