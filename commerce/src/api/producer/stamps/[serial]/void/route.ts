import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voidStampWorkflow } from "../../../../../workflows/stamp/void-stamp"
import { StampSerialParams, VoidStampBody } from "../../../../admin/ocop/stamps/validators"
import { parseInput } from "../../../../validation"
import { producerScope } from "../../../scope"
import { ownProductIds } from "../../../stamp-batches/own-batches"

/**
 * POST /producer/stamps/:serial/void — the producer voids one of its own stamps (spoilt in printing,
 * torn off, seen copied). Another producer's serial is "not found", as one that does not exist.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer, member } = producerScope(req)
  const { serial } = parseInput(StampSerialParams, req.params, "path")
  const { reason } = parseInput(VoidStampBody, req.body ?? {}, "body")
  const productIds = await ownProductIds(req, producer.id)
  const { result } = await voidStampWorkflow(req.scope).run({ input: { serial, reason, actor: member.id, productIds } })
  res.json({ stamp: result })
}
