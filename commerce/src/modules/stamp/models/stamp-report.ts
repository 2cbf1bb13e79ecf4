import { model } from "@medusajs/framework/utils"

/** A shopper's "report a problem" about a stamp, for the programme office to follow up. */
export const StampReport = model
  .define("stamp_report", {
    id: model.id({ prefix: "strp" }).primaryKey(),
    code: model.text(),
    stamp_id: model.text().nullable(),
    batch_id: model.text().nullable(),
    verdict: model.text(),
    where_bought: model.text(),
    message: model.text(),
    photo_url: model.text().nullable(),
    device_hash: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
  })
  .indexes([{ on: ["status", "created_at"] }, { on: ["batch_id"] }])

export default StampReport
