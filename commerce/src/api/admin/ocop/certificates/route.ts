import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseInput } from "../../../validation"
import { issueCertificateWorkflow } from "../../../../workflows/certification/issue-certificate"
import { adminCertificateFields, loadAdminCertificate, presentAdminCertificate } from "./admin-certificate"
import { IssueCertificateBody, ListCertificatesQuery } from "./validators"

/** An ILIKE pattern matching text that contains `term` as typed: its % and _ are not wildcards. */
function containing(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
}

/** GET /admin/ocop/certificates — filter by status, stars, province, expiring within N days, decision number. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListCertificatesQuery, req.query, "query")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const filters: Record<string, unknown> = {}
  if (input.status) filters.status = input.status
  if (input.stars) filters.stars = input.stars
  if (input.q) filters.decision_number = { $ilike: containing(input.q) }
  if (input.expiring_within_days !== undefined) {
    filters.status = "active"
    filters.valid_until = { $gt: now, $lte: new Date(now.getTime() + input.expiring_within_days * 86_400_000) }
  }
  if (input.province) {
    // Province belongs to the producer, two links away: resolve it to certificate ids first.
    const { data: producers } = await query.graph({
      entity: "producer",
      fields: ["products.certificates.id"],
      filters: { province: { $ilike: containing(input.province) } },
    })
    const ids = new Set<string>()
    for (const producer of producers as { products?: ({ certificates?: ({ id: string } | null)[] } | null)[] }[]) {
      for (const product of producer.products ?? []) for (const certificate of product?.certificates ?? []) if (certificate) ids.add(certificate.id)
    }
    if (ids.size === 0) {
      res.json({ certificates: [], count: 0, limit: input.limit, offset: input.offset })
      return
    }
    filters.id = [...ids]
  }
  const { data, metadata } = await query.graph({
    entity: "certificate",
    fields: adminCertificateFields,
    filters,
    pagination: { skip: input.offset, take: input.limit, order: { valid_until: "ASC", id: "ASC" } },
  })
  res.json({
    certificates: data.map((row) => presentAdminCertificate(row as never, now)),
    count: metadata?.count ?? data.length,
    limit: input.limit,
    offset: input.offset,
  })
}

/** POST /admin/ocop/certificates — record a recognition decision for one or more products. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(IssueCertificateBody, req.body, "body")
  const { result } = await issueCertificateWorkflow(req.scope).run({
    input: {
      ...body,
      stars: body.stars as 3 | 4 | 5,
      score: body.score ?? null,
      decision_date: `${body.decision_date}T00:00:00+07:00`,
      actor: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.status(201).json({ certificate: await loadAdminCertificate(query, result.id) })
}
