import type ProducerModuleService from "../../../../modules/producer/service"

/** Columns of a producer that the admin list and detail show. */
export const producerSummaryFields = ["id", "handle", "name", "type", "province", "commune", "status", "status_reason"] as const

/** The producer's portal members and its invites still open (accepted or expired ones are history). */
export async function producerPeople(producers: ProducerModuleService, producerId: string) {
  const [members, invites] = await Promise.all([
    producers.listProducerMembers({ producer_id: producerId }, { order: { created_at: "ASC" } }),
    producers.listProducerInvites({ producer_id: producerId, accepted_at: null, expires_at: { $gt: new Date() } }, { order: { created_at: "DESC" } }),
  ])
  return {
    members: members.map((m) => ({ id: m.id, email: m.email, name: m.name, role: m.role, created_at: m.created_at })),
    pending_invites: invites.map((i) => ({ id: i.id, email: i.email, role: i.role, expires_at: i.expires_at, created_at: i.created_at })),
  }
}
