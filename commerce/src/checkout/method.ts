import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SHIPPING_TYPE } from "./zones"

export type CheckoutMethod =
  | { fulfilment: "delivery" }
  | { fulfilment: "pickup"; stockLocationId: string; salesPointId: string | null; salesPointName: string }

/** Delivery or pickup (and where), read from the shipping option a cart or order was given. */
export async function checkoutMethod(container: MedusaContainer, shippingOptionIds: string[]): Promise<CheckoutMethod | null> {
  const ids = shippingOptionIds.filter(Boolean)
  if (ids.length === 0) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id", "service_zone.fulfillment_set.location.name", "service_zone.fulfillment_set.location.sales_point.id"],
    filters: { id: ids },
  })) as { data: { type?: { code: string } | null; service_zone?: { fulfillment_set?: { type: string; location?: { id: string; name: string; sales_point?: { id: string } | null } | null } | null } | null }[] }
  const pickup = data.find((option) => option.type?.code === SHIPPING_TYPE.pickup || option.service_zone?.fulfillment_set?.type === SHIPPING_TYPE.pickup)
  if (!pickup) return { fulfilment: "delivery" }
  const location = pickup.service_zone?.fulfillment_set?.location
  if (!location) return { fulfilment: "delivery" }
  return { fulfilment: "pickup", stockLocationId: location.id, salesPointId: location.sales_point?.id ?? null, salesPointName: location.name }
}
