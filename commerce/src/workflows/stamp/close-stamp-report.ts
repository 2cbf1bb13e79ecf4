import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { closeStampReportStep, type CloseStampReportInput } from "./steps/close-stamp-report"

export const STAMP_REPORT_CLOSED = "stamp-report.closed"

/** The programme office closes a shopper's report as resolved or dismissed, with a note of what was done. */
export const closeStampReportWorkflow = createWorkflow("close-stamp-report", (input: CloseStampReportInput) => {
  const report = closeStampReportStep(input)
  const event = transform({ report, input }, ({ report, input }) => ({ id: report.id, outcome: input.outcome, actor: input.actor }))
  emitEventStep({ eventName: STAMP_REPORT_CLOSED, data: event })
  return new WorkflowResponse(report)
})
