import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who works for a producer in the portal (auth actor type `producer`: the auth identity's
 * app_metadata.producer_id holds this member's id). A producer may have several members.
 */
export const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    role: model.enum(["owner", "staff"]).default("staff"),
    producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
  })
  .indexes([{ on: ["producer_id", "email"], unique: true, where: "deleted_at IS NULL" }])

export default ProducerMember
