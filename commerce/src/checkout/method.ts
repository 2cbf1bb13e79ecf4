import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runPrepared } from "../database/prepared-statement"
import { SHIPPING_TYPE } from "./zones"

export type CheckoutMethod =
  | { fulfilment: "delivery" }
  | { fulfilment: "pickup"; stockLocationId: string; salesPointId: string | null; salesPointName: string }

/** A shipping option with what says delivery or pickup, in the shape query.graph gives it. */
export interface MethodOption {
  id: string
  type?: { code: string } | null
  service_zone?: { fulfillment_set?: { type: string; location?: { id: string; name: string; sales_point?: { id: string } | null } | null } | null } | null
}

/** The graph fields of a shipping option that checkoutMethod reads (integration-tests/http/checkout.spec.ts compares the two reads). */
export const METHOD_OPTION_FIELDS = ["id", "type.code", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id", "service_zone.fulfillment_set.location.name", "service_zone.fulfillment_set.location.sales_point.id"]

// Every completion asks three times (the checkout rules, the allocation of lines, the confirmation),
// and query.graph assembles the answer from four queries across the fulfillment, stock location and
// sales point modules.
const METHOD_OPTIONS_SQL = `
SELECT so.id, sot.code AS type_code, fs.type AS set_type, sl.id AS location_id, sl.name AS location_name, sp.id AS sales_point_id
FROM shipping_option so
LEFT JOIN shipping_option_type sot ON sot.id = so.shipping_option_type_id AND sot.deleted_at IS NULL
LEFT JOIN service_zone sz ON sz.id = so.service_zone_id AND sz.deleted_at IS NULL
LEFT JOIN fulfillment_set fs ON fs.id = sz.fulfillment_set_id AND fs.deleted_at IS NULL
LEFT JOIN location_fulfillment_set lfs ON lfs.fulfillment_set_id = fs.id AND lfs.deleted_at IS NULL
LEFT JOIN stock_location sl ON sl.id = lfs.stock_location_id AND sl.deleted_at IS NULL
LEFT JOIN sales_point_sales_point_stock_location_stock_location spl ON spl.stock_location_id = sl.id AND spl.deleted_at IS NULL
LEFT JOIN sales_point sp ON sp.id = spl.sales_point_id AND sp.deleted_at IS NULL
WHERE so.id = ANY($1) AND so.deleted_at IS NULL`

interface MethodOptionRow {
  id: string
  type_code: string | null
  set_type: string | null
  location_id: string | null
  location_name: string | null
  sales_point_id: string | null
}

/** The shipping options asked for that exist, read in one prepared statement. */
export async function readMethodOptions(db: Knex, shippingOptionIds: string[]): Promise<MethodOption[]> {
  const rows = await runPrepared<MethodOptionRow>(db, "ocop-checkout-method-options", METHOD_OPTIONS_SQL, [shippingOptionIds])
  return rows.map((row) => ({
    id: row.id,
    type: row.type_code === null ? null : { code: row.type_code },
    service_zone: {
      fulfillment_set:
        row.set_type === null
          ? null
          : {
              type: row.set_type,
              location: row.location_id === null ? null : { id: row.location_id, name: row.location_name ?? "", sales_point: row.sales_point_id === null ? null : { id: row.sales_point_id } },
            },
    },
  }))
}

/** Delivery or pickup (and where), as the options given say. */
export function methodOf(options: MethodOption[]): CheckoutMethod {
  const pickup = options.find((option) => option.type?.code === SHIPPING_TYPE.pickup || option.service_zone?.fulfillment_set?.type === SHIPPING_TYPE.pickup)
  const location = pickup?.service_zone?.fulfillment_set?.location
  if (!location) return { fulfilment: "delivery" }
  return { fulfilment: "pickup", stockLocationId: location.id, salesPointId: location.sales_point?.id ?? null, salesPointName: location.name }
}

/** Delivery or pickup (and where), read from the shipping option a cart or order was given. */
export async function checkoutMethod(container: MedusaContainer, shippingOptionIds: string[]): Promise<CheckoutMethod | null> {
  const ids = shippingOptionIds.filter(Boolean)
  if (ids.length === 0) return null
  return methodOf(await readMethodOptions(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), ids))
}
