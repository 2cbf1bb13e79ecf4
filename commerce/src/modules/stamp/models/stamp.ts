import { model } from "@medusajs/framework/utils"
import { StampBatch } from "./stamp-batch"

/**
 * One printed stamp. `serial` is the random part of the code (11 base32 characters, unique);
 * `code` is what the QR carries. Counters are kept on the row so verifying reads one row.
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
    batch: model.belongsTo(() => StampBatch, { mappedBy: "stamps" }),
  })
  .indexes([{ on: ["batch_id", "position"] }])

export default Stamp
