import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../modules/producer"
import { producerRecipients } from "../modules/producer/contact"
import type ProducerModuleService from "../modules/producer/service"

export const STAMP_VOIDED_TEMPLATE = "stamp-voided"
export const STAMP_BATCH_REVOKED_TEMPLATE = "stamp-batch-revoked"

/** What happened to the producer's stamps: one stamp voided, or a whole batch revoked. */
export type StampNotice = { kind: "voided"; stampId: string; reason: string; actor: string } | { kind: "revoked"; batchId: string; reason: string; actor: string }

interface NoticeBatch {
  id: string
  product_id: string
  lot: string | null
  quantity: number
  created_at: Date
  serial: string | null
}

async function batchOf(db: Knex, notice: StampNotice): Promise<NoticeBatch | undefined> {
  const columns = ["b.id", "b.product_id", "b.lot", "b.quantity", "b.created_at"]
  if (notice.kind === "revoked") return (await db("stamp_batch as b").first([...columns, db.raw("null as serial")]).where("b.id", notice.batchId)) as NoticeBatch | undefined
  return (await db("stamp as s").join("stamp_batch as b", "b.id", "s.batch_id").first([...columns, "s.serial"]).where("s.id", notice.stampId)) as NoticeBatch | undefined
}

/**
 * Tells a producer (its public contact address and every member) when one of its stamps is voided
 * or one of its batches revoked: shoppers scanning them are now warned, so the producer must know
 * which and why, whoever did it. A member's own voiding is named by the member's name, anything else
 * is the programme office's. Once per stamp or batch and address, however often the event comes.
 */
export async function notifyProducerOfStamps(container: MedusaContainer, notice: StampNotice): Promise<number> {
  const batch = await batchOf(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), notice)
  if (!batch) return 0
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "producer.id", "producer.name", "producer.email"],
    filters: { id: batch.product_id },
  })) as { data: { title: string; producer?: { id: string; name: string; email: string | null } | null }[] }
  const product = data[0]
  const producer = product?.producer
  if (!product || !producer) return 0
  const members = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerMembers({ producer_id: producer.id }, { select: ["id", "name", "email"] })
  const actingMember = members.find((member) => member.id === notice.actor)
  const template = notice.kind === "voided" ? STAMP_VOIDED_TEMPLATE : STAMP_BATCH_REVOKED_TEMPLATE
  const resourceId = notice.kind === "voided" ? notice.stampId : notice.batchId
  const messages = producerRecipients(producer, members).map((to) => ({
    to,
    channel: "email",
    template,
    resource_id: resourceId,
    resource_type: notice.kind === "voided" ? "stamp" : "stamp_batch",
    idempotency_key: `${template}:${resourceId}:${to}`,
    data: {
      producer: producer.name,
      product: product.title,
      serial: batch.serial,
      lot: batch.lot,
      quantity: batch.quantity,
      issued_at: batch.created_at,
      reason: notice.reason,
      by_member: actingMember?.name ?? null,
    },
  }))
  if (messages.length > 0) await container.resolve(Modules.NOTIFICATION).createNotifications(messages)
  return messages.length
}
