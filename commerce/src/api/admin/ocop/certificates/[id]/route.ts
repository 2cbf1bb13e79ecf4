import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { parseInput } from "../../../../validation"
import { loadAdminCertificate } from "../admin-certificate"
import { CertificateIdParams } from "../validators"

/** GET /admin/ocop/certificates/:id — the certificate with its full history, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(CertificateIdParams, req.params, "path")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const certificate = await loadAdminCertificate(query, id)
  const [events, successors] = await Promise.all([
    certification.listCertificateEvents({ certificate_id: id }, { order: { created_at: "DESC", id: "DESC" } }),
    certification.listCertificates({ supersedes_id: id }, { select: ["id", "decision_number"] }),
  ])
  res.json({
    certificate: {
      ...certificate,
      events: events.map((event) => ({
        id: event.id,
        type: event.type,
        from_status: event.from_status,
        to_status: event.to_status,
        actor: event.actor,
        reason: event.reason,
        created_at: new Date(event.created_at).toISOString(),
      })),
      superseded_by: successors[0] ? { id: successors[0].id, decision_number: successors[0].decision_number } : null,
    },
  })
}
