import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../../modules/producer"
import type ProducerModuleService from "../../../../../../modules/producer/service"
import { parseInput } from "../../../../../validation"
import { ProducerIdParams } from "../../validators"

/** GET /admin/ocop/producers/:id/members — the producer's portal members and its invites still open. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(ProducerIdParams, req.params, "path")
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await producers.listProducers({ id }, { select: ["id"] })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} was not found`)
  const [members, invites] = await Promise.all([
    producers.listProducerMembers({ producer_id: id }, { order: { created_at: "ASC" } }),
    producers.listProducerInvites({ producer_id: id, accepted_at: null, expires_at: { $gt: new Date() } }, { order: { created_at: "DESC" } }),
  ])
  res.json({
    members: members.map((m) => ({ id: m.id, email: m.email, name: m.name, role: m.role, created_at: m.created_at })),
    pending_invites: invites.map((i) => ({ id: i.id, email: i.email, role: i.role, expires_at: i.expires_at, created_at: i.created_at })),
  })
}
