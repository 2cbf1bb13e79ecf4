import { model } from "@medusajs/framework/utils"

/**
 * A shopper's "report a problem" about a stamp, for the programme office to follow up. A report is
 * open until an admin closes it, once, as resolved or dismissed, with a note saying what was done.
 */
export const StampReport = model
  .define("stamp_report", {
    id: model.id({ prefix: "strp" }).primaryKey(),
    code: model.text(),
    stamp_id: model.text().nullable(),
    batch_id: model.text().nullable(),
    verdict: model.text(),
    where_bought: model.text(),
    message: model.text(),
    // The file module's id of the shopper's photo, stored privately: only the office reads it (admin route).
    photo_file_id: model.text().nullable(),
    device_hash: model.text(),
    status: model.enum(["open", "resolved", "dismissed"]).default("open"),
    resolution_note: model.text().nullable(),
    closed_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }, { on: ["batch_id"] }])
  .checks([
    {
      name: "stamp_report_closing",
      expression: (r) => `(${r.status} = 'open') = (${r.closed_at} IS NULL) AND (${r.status} = 'open' OR (${r.resolution_note} IS NOT NULL AND ${r.closed_by} IS NOT NULL))`,
    },
  ])

export default StampReport
