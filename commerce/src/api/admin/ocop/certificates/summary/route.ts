import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { adminCertificateFields, presentAdminCertificate } from "../admin-certificate"

const EXPIRING_SOON_DAYS = 30

/** GET /admin/ocop/certificates/summary — counts by status and stars, and what expires within 30 days. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  // An active certificate past valid_until is expired in every way that matters, even before the
  // expiry job has run, so it is counted as expired here too.
  const statusFilters = {
    active: { status: "active", valid_until: { $gt: now } },
    suspended: { status: "suspended" },
    revoked: { status: "revoked" },
    expired: { $or: [{ status: "expired" }, { status: "active", valid_until: { $lte: now } }] },
  }
  const statuses = ["active", "suspended", "revoked", "expired"] as const
  const [statusCounts, starCounts, expiring] = await Promise.all([
    Promise.all(statuses.map((status) => certification.listAndCountCertificates(statusFilters[status], { take: 1, select: ["id"] }).then(([, count]) => count))),
    Promise.all(([3, 4, 5] as const).map((stars) => certification.listAndCountCertificates({ status: "active", stars, valid_until: { $gt: now } }, { take: 1, select: ["id"] }).then(([, count]) => count))),
    query.graph({
      entity: "certificate",
      fields: adminCertificateFields,
      filters: { status: "active", valid_until: { $gt: now, $lte: new Date(now.getTime() + EXPIRING_SOON_DAYS * 86_400_000) } },
      pagination: { take: 50, order: { valid_until: "ASC" } },
    }),
  ])
  res.json({
    by_status: Object.fromEntries(statuses.map((status, i) => [status, statusCounts[i]])),
    by_stars: { "3": starCounts[0], "4": starCounts[1], "5": starCounts[2] },
    expiring_soon: expiring.data.map((row) => presentAdminCertificate(row as never, now)),
  })
}
