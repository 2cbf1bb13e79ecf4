import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renewCertificateWorkflow } from "../../../../../../workflows/certification/renew-certificate"
import { parseInput } from "../../../../../validation"
import { loadAdminCertificate } from "../../admin-certificate"
import { CertificateIdParams, RenewCertificateBody } from "../../validators"

/** POST /admin/ocop/certificates/:id/renew — re-evaluation: a new decision supersedes this certificate. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(CertificateIdParams, req.params, "path")
  const body = parseInput(RenewCertificateBody, req.body, "body")
  const { result } = await renewCertificateWorkflow(req.scope).run({
    input: {
      ...body,
      stars: body.stars as 3 | 4 | 5,
      score: body.score ?? null,
      decision_date: `${body.decision_date}T00:00:00+07:00`,
      certificate_id: id,
      actor: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.status(201).json({ certificate: await loadAdminCertificate(query, result.id) })
}
