import { model } from "@medusajs/framework/utils"
import { Stamp } from "./stamp"

/**
 * One print run of OCOP stamps for one product under the certificate in force when it was issued.
 * Revoking a batch (a lost or stolen roll) makes all its stamps verify as revoked.
 */
export const StampBatch = model
  .define("stamp_batch", {
    id: model.id({ prefix: "stbt" }).primaryKey(),
    product_id: model.text(),
    certificate_id: model.text(),
    producer_handle: model.text().nullable(),
    quantity: model.number(),
    lot: model.text().nullable(),
    // The product's GTIN when it had a real one at issue: its stamps then carry GS1 Digital Links.
    gtin: model.text().nullable(),
    production_date: model.dateTime().nullable(),
    expiry_date: model.dateTime().nullable(),
    status: model.enum(["active", "revoked"]).default("active"),
    revoked_reason: model.text().nullable(),
    revoked_by: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    issued_by: model.text(),
    stamps: model.hasMany(() => Stamp, { mappedBy: "batch" }),
  })
  .cascades({ delete: ["stamps"] })
  .indexes([{ on: ["product_id", "created_at"] }, { on: ["producer_handle", "created_at"] }, { on: ["status", "created_at"] }])
  .checks([
    { name: "stamp_batch_quantity_range", expression: (b) => `${b.quantity} BETWEEN 1 AND 100000` },
    { name: "stamp_batch_revocation_reason", expression: (b) => `${b.status} <> 'revoked' OR (${b.revoked_reason} IS NOT NULL AND ${b.revoked_at} IS NOT NULL)` },
    { name: "stamp_batch_dates_order", expression: (b) => `${b.production_date} IS NULL OR ${b.expiry_date} IS NULL OR ${b.expiry_date} > ${b.production_date}` },
  ])

export default StampBatch
