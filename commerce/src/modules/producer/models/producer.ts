import { model } from "@medusajs/framework/utils"
import { ProducerInvite } from "./producer-invite"
import { ProducerMember } from "./producer-member"

/** Chủ thể OCOP: the cooperative, enterprise, cooperative group or household business behind a product. */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdc" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    type: model.enum(["cooperative", "enterprise", "cooperative_group", "household_business"]),
    status: model.enum(["active", "suspended"]).default("active"),
    // Why the programme office suspended the producer (shown to its members); cleared on reinstatement.
    status_reason: model.text().nullable(),
    province: model.text(),
    commune: model.text(),
    street: model.text().nullable(),
    // Addresses in recognition decisions issued before 1 July 2025 still name the abolished district level.
    legacy_address: model.text().nullable(),
    legacy_province: model.text().nullable(),
    tax_code: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["province"] }, { on: ["status"] }])

export default Producer
