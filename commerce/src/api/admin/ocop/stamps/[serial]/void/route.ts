import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voidStampWorkflow } from "../../../../../../workflows/stamp/void-stamp"
import { parseInput } from "../../../../../validation"
import { StampSerialParams, VoidStampBody } from "../../validators"

/** POST /admin/ocop/stamps/:serial/void — one copied or spoilt stamp verifies as voided (reason required); once only. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { serial } = parseInput(StampSerialParams, req.params, "path")
  const { reason } = parseInput(VoidStampBody, req.body ?? {}, "body")
  const { result } = await voidStampWorkflow(req.scope).run({ input: { serial, reason, actor: req.auth_context.actor_id } })
  res.json({ stamp: result })
}
