import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOrderLineStatusWorkflow } from "../../../../../../workflows/producer/update-order-line-status"
import { parseInput } from "../../../../../validation"
import { producerScope } from "../../../../scope"
import { OrderLineParams, OrderLineStatusBody } from "../../../validators"

/** POST /producer/orders/lines/:id/status — moves one of the producer's own order lines one step (placed → prepared → shipped or ready_for_pickup → delivered). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const { id } = parseInput(OrderLineParams, req.params, "path")
  const { status } = parseInput(OrderLineStatusBody, req.body ?? {}, "body")
  const { result } = await updateOrderLineStatusWorkflow(req.scope).run({ input: { allocation_id: id, producer_id: producer.id, status } })
  res.json({ line: result })
}
