import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { closeStampReportWorkflow } from "../../../../../../workflows/stamp/close-stamp-report"
import { parseInput } from "../../../../../validation"
import { presentStampReport, reportedProducts, type StampReportRow } from "../../admin-stamp-report"
import { CloseStampReportBody, StampReportIdParams } from "../../validators"

/** POST /admin/ocop/stamp-reports/:id/close — { outcome: resolved | dismissed, note }; an open report only, once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(StampReportIdParams, req.params, "path")
  const body = parseInput(CloseStampReportBody, req.body ?? {}, "body")
  const { result } = await closeStampReportWorkflow(req.scope).run({ input: { report_id: id, outcome: body.outcome, note: body.note, actor: req.auth_context.actor_id } })
  const report = result as unknown as StampReportRow
  const products = await reportedProducts(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), [report.batch_id])
  res.json({ stamp_report: presentStampReport(report, report.batch_id ? products.get(report.batch_id) : undefined) })
}
