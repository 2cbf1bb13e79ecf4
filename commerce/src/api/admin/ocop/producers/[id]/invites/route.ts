import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerMemberWorkflow } from "../../../../../../workflows/producer/invite-producer-member"
import { parseInput } from "../../../../../validation"
import { InviteBody, ProducerIdParams } from "../../validators"

/** POST /admin/ocop/producers/:id/invites — invites a person to the producer's portal; answers with the accept link (also emailed). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(ProducerIdParams, req.params, "path")
  const body = parseInput(InviteBody, req.body ?? {}, "body")
  // Same default as medusa-config.ts: the storefront of a local `npm start`.
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:4321"
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { producer_id: id, email: body.email, role: body.role, invited_by: req.auth_context.actor_id, storefront_url: storefrontUrl },
  })
  res.status(201).json(result)
}
