import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { parseInput } from "../../../../validation"
import { loadAdminCertificate } from "../admin-certificate"
import { CertificateIdParams } from "../validators"

function userLabel(user: { email: string; first_name: string | null; last_name: string | null }): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
  return name ? `${name} (${user.email})` : user.email
}

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
  // Events record the admin user's id; the office reads who that was.
  const userIds = [...new Set(events.map((event) => event.actor).filter((actor) => actor.startsWith("user_")))]
  const users = userIds.length > 0 ? await req.scope.resolve(Modules.USER).listUsers({ id: userIds }, { select: ["id", "email", "first_name", "last_name"] }) : []
  const actorNames = new Map(users.map((user) => [user.id, userLabel(user)]))
  res.json({
    certificate: {
      ...certificate,
      events: events.map((event) => ({
        id: event.id,
        type: event.type,
        from_status: event.from_status,
        to_status: event.to_status,
        actor: event.actor,
        actor_name: actorNames.get(event.actor) ?? null,
        reason: event.reason,
        created_at: new Date(event.created_at).toISOString(),
      })),
      superseded_by: successors[0] ? { id: successors[0].id, decision_number: successors[0].decision_number } : null,
    },
  })
}
