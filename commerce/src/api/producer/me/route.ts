import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerContactWorkflow } from "../../../workflows/producer/update-producer-contact"
import { parseInput } from "../../validation"
import { producerScope, requireOwner } from "../scope"
import { UpdateProducerContactBody } from "./validators"

/** GET /producer/me — the signed-in member, the producer it works for and the producer's public contact. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { member, producer } = producerScope(req)
  res.json({ member, producer })
}

/** POST /producer/me — the owner sets the producer's public contact (phone, normalised to +84…, and email) that shoppers see. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = producerScope(req)
  requireOwner(scope)
  const { member, producer } = scope
  const body = parseInput(UpdateProducerContactBody, req.body ?? {}, "body")
  const { result: contact } = await updateProducerContactWorkflow(req.scope).run({ input: { producer_id: producer.id, ...body } })
  res.json({ member, producer: { ...producer, contact } })
}
