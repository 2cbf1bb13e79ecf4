import { model } from "@medusajs/framework/utils"
import { StampBatch } from "./stamp-batch"

/**
 * One printed stamp. `serial` is the random part of the code (11 base32 characters, unique);
 * `code` is what the QR carries. Counters are kept on the row so verifying reads one row.
 * A voided stamp (copied, misprinted, torn off a package) verifies as voided while the rest of its
 * batch stays good.
 */
export const Stamp = model
  .define("stamp", {
    id: model.id({ prefix: "stmp" }).primaryKey(),
    serial: model.text().unique(),
    code: model.text(),
    position: model.number(),
    scan_count: model.number().default(0),
    first_verified_at: model.dateTime().nullable(),
    last_verified_at: model.dateTime().nullable(),
    voided_at: model.dateTime().nullable(),
    voided_reason: model.text().nullable(),
    voided_by: model.text().nullable(),
    batch: model.belongsTo(() => StampBatch, { mappedBy: "stamps" }),
  })
  // Voided stamps are a handful per batch of up to 100,000: the batch's list reads a partial index.
  .indexes([{ on: ["batch_id", "position"] }, { on: ["batch_id", "voided_at"], where: "voided_at IS NOT NULL" }])
  .checks([{ name: "stamp_voiding", expression: (s) => `(${s.voided_at} IS NULL) = (${s.voided_reason} IS NULL) AND (${s.voided_at} IS NULL) = (${s.voided_by} IS NULL)` }])

export default Stamp
