import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { deliverySpeeds, deliveryZones, SHIPPING_TYPE, type DeliveryZone } from "./zones"

const MANUAL_FULFILLMENT = "manual_manual"
const DISPATCH_HANDLE = "ocop-dispatch"
const storeOnly = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

interface LocationRow {
  id: string
  name: string
  metadata?: Record<string, unknown> | null
  fulfillment_sets?: { id: string; type: string }[] | null
}

/**
 * Makes the marketplace able to take orders: one shipping profile for every product, delivery
 * priced per region (a dispatch location that holds no stock owns those options, so delivery is
 * offered whichever sales point holds the goods), a pickup option at every sales point (Medusa then
 * flags each point that lacks part of the cart), and every enabled payment provider on the VND
 * region. Idempotent: run by the seed on every start and by test fixtures.
 */
export async function ensureCheckoutSetup(container: MedusaContainer, { salesChannelId }: { salesChannelId: string }): Promise<{ shippingProfileId: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const [existingProfile] = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfileId =
    existingProfile?.id ??
    (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Hàng OCOP", type: "default" }] } })).result[0]!.id

  const { data: products } = await query.graph({ entity: "product", fields: ["id", "shipping_profile.id"] })
  const unprofiled = (products as { id: string; shipping_profile?: { id: string } | null }[]).filter((product) => !product.shipping_profile)
  if (unprofiled.length > 0) {
    await link.create(unprofiled.map((product) => ({ [Modules.PRODUCT]: { product_id: product.id }, [Modules.FULFILLMENT]: { shipping_profile_id: shippingProfileId } })))
  }

  const { data: locations } = (await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "metadata", "fulfillment_sets.id", "fulfillment_sets.type"],
  })) as { data: LocationRow[] }

  let dispatch = locations.find((location) => location.metadata?.ocop_role === DISPATCH_HANDLE)
  if (!dispatch) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: "Điều phối giao hàng Chợ OCOP",
            address: { address_1: "Giao từ điểm bán có hàng", country_code: "vn" },
            metadata: { ocop_role: DISPATCH_HANDLE },
          },
        ],
      },
    })
    dispatch = { ...result[0]!, fulfillment_sets: [] }
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: dispatch.id, add: [salesChannelId] } })
  }
  if (!dispatch.fulfillment_sets?.some((set) => set.type === "shipping")) {
    await attachFulfillmentSet(container, dispatch.id, {
      name: "Giao hàng toàn quốc",
      type: "shipping",
      service_zones: deliveryZones.map((zone) => ({
        name: `Giao hàng ${zone.name}`,
        geo_zones: zone.provinces.map((province) => ({ type: "province" as const, country_code: "vn", province_code: province })),
      })),
    })
    const zones = await fulfillment.listServiceZones({ name: deliveryZones.map((zone) => `Giao hàng ${zone.name}`) })
    await createShippingOptionsWorkflow(container).run({
      input: deliveryZones.flatMap((zone) => {
        const serviceZoneId = zones.find((candidate) => candidate.name === `Giao hàng ${zone.name}`)!.id
        return (["standard", "express"] as const).map((speed) => ({
          name: deliveryOptionNames(zone, speed).vi,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          provider_id: MANUAL_FULFILLMENT,
          price_type: "flat" as const,
          type: { label: deliverySpeeds[speed].name, description: deliverySpeeds[speed].name_en, code: SHIPPING_TYPE.delivery },
          prices: [{ currency_code: "vnd", amount: zone.prices[speed] }],
          rules: storeOnly,
          data: { zone: zone.code, speed, name_en: deliveryOptionNames(zone, speed).en },
        }))
      }),
    })
  }

  // Each sales point is a stock location; pickup there reserves the goods at that location.
  const { data: salesPoints } = (await query.graph({
    entity: "sales_point",
    fields: ["id", "handle", "name", "stock_location.id"],
  })) as { data: { id: string; handle: string; name: string; stock_location?: { id: string } | null }[] }
  for (const point of salesPoints) {
    const location = locations.find((candidate) => candidate.id === point.stock_location?.id)
    if (!location || location.fulfillment_sets?.some((set) => set.type === SHIPPING_TYPE.pickup)) continue
    await attachFulfillmentSet(container, location.id, {
      name: `Nhận tại ${point.name} (${point.handle})`,
      type: SHIPPING_TYPE.pickup,
      service_zones: [{ name: `Nhận tại ${point.name} (${point.handle})`, geo_zones: [{ type: "country" as const, country_code: "vn" }] }],
    })
    const [zone] = await fulfillment.listServiceZones({ name: `Nhận tại ${point.name} (${point.handle})` })
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: pickupOptionNames(point.name).vi,
          service_zone_id: zone!.id,
          shipping_profile_id: shippingProfileId,
          provider_id: MANUAL_FULFILLMENT,
          price_type: "flat" as const,
          type: { label: "Nhận tại điểm bán OCOP", description: "Pick up at an OCOP sales point", code: SHIPPING_TYPE.pickup },
          prices: [{ currency_code: "vnd", amount: 0 }],
          rules: storeOnly,
          data: { sales_point_id: point.id, sales_point_handle: point.handle, name_en: pickupOptionNames(point.name).en },
        },
      ],
    })
  }

  await nameOptionsInEnglish(container)

  const payment = container.resolve(Modules.PAYMENT)
  const providers = await payment.listPaymentProviders({ is_enabled: true })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { currency_code: "vnd" } })
  for (const region of regions as { id: string; payment_providers?: { id: string }[] | null }[]) {
    const current = new Set((region.payment_providers ?? []).map((provider) => provider.id))
    if (providers.every((provider) => current.has(provider.id))) continue
    await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: providers.map((provider) => provider.id) } } })
  }

  return { shippingProfileId }
}

/** A delivery option's name in both languages; the storefront shows `data.name_en` on English pages. */
export function deliveryOptionNames(zone: DeliveryZone, speed: keyof typeof deliverySpeeds): { vi: string; en: string } {
  return { vi: `${deliverySpeeds[speed].name} — ${zone.name}`, en: `${deliverySpeeds[speed].name_en} — ${zone.name_en}` }
}

/** A pickup option's name in both languages (the sales point's own name is not translated). */
export function pickupOptionNames(pointName: string): { vi: string; en: string } {
  return { vi: `Nhận tại ${pointName}`, en: `Pick up at ${pointName}` }
}

/** Options created before they carried an English name get one, so English pages never fall back to Vietnamese. */
async function nameOptionsInEnglish(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [{ data: options }, { data: points }] = await Promise.all([
    query.graph({ entity: "shipping_option", fields: ["id", "data"] }),
    query.graph({ entity: "sales_point", fields: ["id", "name"] }),
  ])
  const updates = (options as { id: string; data: Record<string, unknown> | null }[]).flatMap((option) => {
    const data = option.data ?? {}
    if (typeof data["name_en"] === "string") return []
    const zone = deliveryZones.find((candidate) => candidate.code === data["zone"])
    const speed = data["speed"] === "standard" || data["speed"] === "express" ? data["speed"] : null
    const point = (points as { id: string; name: string }[]).find((candidate) => candidate.id === data["sales_point_id"])
    const name_en = zone && speed ? deliveryOptionNames(zone, speed).en : point ? pickupOptionNames(point.name).en : null
    return name_en ? [{ id: option.id, data: { ...data, name_en } }] : []
  })
  await Promise.all(updates.map(({ id, data }) => fulfillment.updateShippingOptions(id, { data })))
}

async function attachFulfillmentSet(
  container: MedusaContainer,
  locationId: string,
  set: { name: string; type: string; service_zones: { name: string; geo_zones: ({ type: "province"; country_code: string; province_code: string } | { type: "country"; country_code: string })[] }[] }
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [created] = await fulfillment.createFulfillmentSets([set])
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: created!.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT } },
  ])
}
