import { model } from "@medusajs/framework/utils"

/**
 * OCOP details of a stock location: a showcase and sales point (điểm giới thiệu và bán sản phẩm OCOP)
 * meeting the criteria of Decision 950/QĐ-BCT (2023). Stock itself lives in Medusa's inventory.
 */
export const SalesPoint = model
  .define("sales_point", {
    id: model.id({ prefix: "spt" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    location_type: model.enum([
      "transport_hub",
      "highway_rest_stop",
      "market_or_mall",
      "tourist_area",
      "craft_village",
      "commercial_centre",
      "fair_centre",
      "post_office",
    ]),
    operator: model.text(),
    province: model.text(),
    commune: model.text(),
    street: model.text().nullable(),
    legacy_address: model.text().nullable(),
    // OpenStreetMap `opening_hours` syntax ("Mo-Su 07:00-21:00", "24/7"): language-neutral, so the
    // storefront words it in Vietnamese or English.
    opening_hours: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    phone: model.text().nullable(),
    status: model.enum(["active", "closed"]).default("active"),
  })
  .indexes([{ on: ["province"] }])
  .checks([
    { name: "sales_point_latitude_range", expression: (c) => `${c.latitude} BETWEEN -90 AND 90` },
    { name: "sales_point_longitude_range", expression: (c) => `${c.longitude} BETWEEN -180 AND 180` },
  ])

export default SalesPoint
