import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeCertificateStatusWorkflow } from "../../../../../../workflows/certification/change-certificate-status"
import { parseInput } from "../../../../../validation"
import { loadAdminCertificate } from "../../admin-certificate"
import { CertificateIdParams, ReasonBody } from "../../validators"

/** POST /admin/ocop/certificates/:id/suspend — suspends a certificate (reason required); its products leave the shop at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(CertificateIdParams, req.params, "path")
  const { reason } = parseInput(ReasonBody, req.body ?? {}, "body")
  await changeCertificateStatusWorkflow(req.scope).run({ input: { certificate_id: id, action: "suspend", reason, actor: req.auth_context.actor_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.json({ certificate: await loadAdminCertificate(query, id) })
}
