import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../../modules/producer"
import type ProducerModuleService from "../../../../../../modules/producer/service"
import { parseInput } from "../../../../../validation"
import { ProducerIdParams, ProducerStatusBody } from "../../validators"

/**
 * POST /admin/ocop/producers/:id/status — suspend (with a reason) or reinstate a producer. Its
 * products leave, or return to, the storefront, search and carts at once: the producer-changed
 * subscriber re-syncs their listing rows, and the portal turns read-only for its members.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(ProducerIdParams, req.params, "path")
  const body = parseInput(ProducerStatusBody, req.body ?? {}, "body")
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await producers.listProducers({ id }, { select: ["id", "status"] })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} was not found`)
  if (producer.status === body.status) throw new MedusaError(MedusaError.Types.CONFLICT, `Producer ${id} is already ${body.status}`)
  const updated = await producers.updateProducers({ id, status: body.status, status_reason: body.status === "suspended" ? body.reason! : null })
  res.json({ producer: { id: updated.id, handle: updated.handle, name: updated.name, status: updated.status, status_reason: updated.status_reason } })
}
