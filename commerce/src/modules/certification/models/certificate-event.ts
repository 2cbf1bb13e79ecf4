import { model } from "@medusajs/framework/utils"
import { Certificate } from "./certificate"

/** Every status change of a certificate, kept forever: who, when, why. */
export const CertificateEvent = model
  .define("certificate_event", {
    id: model.id({ prefix: "cevt" }).primaryKey(),
    type: model.enum(["issued", "suspended", "reinstated", "revoked", "expired", "superseded"]),
    from_status: model.text().nullable(),
    to_status: model.text(),
    actor: model.text(),
    reason: model.text().nullable(),
    certificate: model.belongsTo(() => Certificate, { mappedBy: "events" }),
  })
  .indexes([{ on: ["certificate_id", "created_at"] }])

export default CertificateEvent
