import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * An invitation for one person to join a producer's portal. Only the SHA-256 of the token is kept,
 * so a leaked database cannot be used to accept invites; a token is accepted once, within 7 days.
 */
export const ProducerInvite = model
  .define("producer_invite", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    email: model.text(),
    role: model.enum(["owner", "staff"]).default("staff"),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    member_id: model.text().nullable(),
    invited_by: model.text(),
    producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["producer_id", "created_at"] }])

export default ProducerInvite
