import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeCertificateStatusWorkflow } from "../../../../../../workflows/certification/change-certificate-status"
import { parseInput } from "../../../../../validation"
import { loadAdminCertificate } from "../../admin-certificate"
import { CertificateIdParams, ReasonBody } from "../../validators"

/** POST /admin/ocop/certificates/:id/revoke — revokes a certificate (reason required); only a new recognition brings the products back. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(CertificateIdParams, req.params, "path")
  const { reason } = parseInput(ReasonBody, req.body ?? {}, "body")
  await changeCertificateStatusWorkflow(req.scope).run({ input: { certificate_id: id, action: "revoke", reason, actor: req.auth_context.actor_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.json({ certificate: await loadAdminCertificate(query, id) })
}
