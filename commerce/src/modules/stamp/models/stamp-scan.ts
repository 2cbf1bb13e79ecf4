import { model } from "@medusajs/framework/utils"

/**
 * One verification of a genuine code. Only coarse client facts are kept: the browser family and a
 * keyed hash of the client (no IP address, no raw user agent), enough to tell devices apart.
 */
export const StampScan = model
  .define("stamp_scan", {
    id: model.id({ prefix: "scan" }).primaryKey(),
    stamp_id: model.text(),
    batch_id: model.text(),
    scanned_at: model.dateTime(),
    device_hash: model.text(),
    ua_family: model.text(),
    verdict: model.text(),
  })
  .indexes([{ on: ["stamp_id", "scanned_at"] }, { on: ["batch_id", "scanned_at"] }])

export default StampScan
