import { model } from "@medusajs/framework/utils"

/** One expiry reminder sent for a certificate at one threshold (90, 30 or 7 days), so none is sent twice. */
export const CertificateReminder = model
  .define("certificate_reminder", {
    id: model.id({ prefix: "crem" }).primaryKey(),
    certificate_id: model.text(),
    days_before: model.number(),
    valid_until: model.dateTime(),
  })
  .indexes([{ on: ["certificate_id", "days_before"], unique: true }])

export default CertificateReminder
