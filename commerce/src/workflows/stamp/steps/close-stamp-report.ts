import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAMP_MODULE } from "../../../modules/stamp"
import type StampModuleService from "../../../modules/stamp/service"

export type StampReportOutcome = "resolved" | "dismissed"

export interface CloseStampReportInput {
  report_id: string
  outcome: StampReportOutcome
  note: string
  actor: string
}

/**
 * Closes an open report, once: open → resolved | dismissed. The update is conditional on the report
 * still being open, so two admins closing it at the same moment cannot both win. Compensation
 * reopens it.
 */
export const closeStampReportStep = createStep(
  "close-stamp-report",
  async (input: CloseStampReportInput, { container }) => {
    const stamps = container.resolve<StampModuleService>(STAMP_MODULE)
    // Throws NOT_FOUND (404) for an unknown report.
    const report = await stamps.retrieveStampReport(input.report_id)
    const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const closed = await db("stamp_report")
      .where({ id: report.id, status: "open" })
      .whereNull("deleted_at")
      .update({ status: input.outcome, resolution_note: input.note, closed_by: input.actor, closed_at: new Date(), updated_at: new Date() })
    if (closed === 0) {
      const current = await stamps.retrieveStampReport(report.id)
      const on = current.closed_at ? ` on ${new Date(current.closed_at).toISOString().slice(0, 10)}` : ""
      throw new MedusaError(MedusaError.Types.CONFLICT, `Report ${report.id} was already ${current.status}${on}; only an open report can be closed`)
    }
    return new StepResponse(await stamps.retrieveStampReport(report.id), report.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StampModuleService>(STAMP_MODULE).updateStampReports({ id, status: "open", resolution_note: null, closed_by: null, closed_at: null })
  }
)
