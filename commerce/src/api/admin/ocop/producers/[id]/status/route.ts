import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeProducerStatusWorkflow } from "../../../../../../workflows/producer/change-producer-status"
import { parseInput } from "../../../../../validation"
import { ProducerIdParams, ProducerStatusBody } from "../../validators"

/**
 * POST /admin/ocop/producers/:id/status — suspend (with a reason) or reinstate a producer. Its
 * products leave, or return to, the storefront, search and carts at once: the producer-changed
 * subscriber re-syncs their listing rows, and the portal turns read-only for its members (but for
 * moving the order lines already taken), who are told by email, with the lines they still owe.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(ProducerIdParams, req.params, "path")
  const body = parseInput(ProducerStatusBody, req.body ?? {}, "body")
  const { result: producer } = await changeProducerStatusWorkflow(req.scope).run({
    input: { producer_id: id, status: body.status, reason: body.reason },
  })
  res.json({ producer })
}
