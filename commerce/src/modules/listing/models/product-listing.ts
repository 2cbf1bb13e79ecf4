import { model } from "@medusajs/framework/utils"

/**
 * Read model of the listing rule: one row per product with the facts the rule and the catalogue
 * need (publication, producer status, the certificate in force, price), kept current by the
 * sync-product-listing workflow. What stays evaluated at read time is the clock: a row is sellable
 * only while `valid_until > now`, so a certificate that lapsed a second ago hides its product
 * before any job runs.
 */
const SELLABLE = "published = true AND producer_active = true AND certificate_status = 'active'"

export const ProductListing = model
  .define("product_listing", {
    id: model.id({ prefix: "plst" }).primaryKey(),
    product_id: model.text().unique(),
    handle: model.text(),
    title: model.text(),
    published: model.boolean(),
    producer_handle: model.text().nullable(),
    producer_active: model.boolean(),
    certificate_id: model.text().nullable(),
    certificate_status: model.text().nullable(),
    stars: model.number().nullable(),
    product_group: model.text().nullable(),
    decision_date: model.dateTime().nullable(),
    valid_until: model.dateTime().nullable(),
    price_vnd: model.number().nullable(),
    // When the facts were read: a sync that read earlier never overwrites one that read later.
    synced_at: model.dateTime().nullable(),
  })
  // Partial indexes over sellable rows, one per catalogue order, scanned backwards for "newest first".
  .indexes([
    { name: "IDX_product_listing_newest", on: ["decision_date", "id"], where: SELLABLE },
    { name: "IDX_product_listing_stars", on: ["stars", "decision_date", "id"], where: SELLABLE },
    { name: "IDX_product_listing_group", on: ["product_group", "decision_date", "id"], where: SELLABLE },
    { name: "IDX_product_listing_price", on: ["price_vnd", "id"], where: SELLABLE },
    { name: "IDX_product_listing_title", on: ["title", "id"], where: SELLABLE },
    { name: "IDX_product_listing_producer", on: ["producer_handle"] },
  ])

export default ProductListing
