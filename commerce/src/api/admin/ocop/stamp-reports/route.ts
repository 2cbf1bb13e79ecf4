import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../../modules/stamp"
import type StampModuleService from "../../../../modules/stamp/service"
import { parseInput } from "../../../validation"
import { presentStampReport, reportedProducts, type StampReportRow } from "./admin-stamp-report"
import { ListStampReportsQuery } from "./validators"

/** GET /admin/ocop/stamp-reports — shoppers' reports about stamps, newest first; filter by status or batch. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListStampReportsQuery, req.query, "query")
  const filters: Record<string, unknown> = {}
  if (input.status) filters.status = input.status
  if (input.batch_id) filters.batch_id = input.batch_id
  const [reports, count] = await req.scope
    .resolve<StampModuleService>(STAMP_MODULE)
    .listAndCountStampReports(filters, { skip: input.offset, take: input.limit, order: { created_at: "DESC", id: "DESC" } })
  const rows = reports as unknown as StampReportRow[]
  const products = await reportedProducts(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), rows.map((r) => r.batch_id))
  res.json({
    stamp_reports: rows.map((report) => presentStampReport(report, report.batch_id ? products.get(report.batch_id) : undefined)),
    count,
    limit: input.limit,
    offset: input.offset,
  })
}
