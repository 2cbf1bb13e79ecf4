import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerScope } from "../scope"

/** GET /producer/me — the signed-in member and the producer it works for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { member, producer } = producerScope(req)
  res.json({ member, producer })
}
