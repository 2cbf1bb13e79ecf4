import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findDueRemindersStep, recordRemindersStep } from "./steps/find-due-reminders"
import { notifyCertificateStep } from "./steps/notify"

/**
 * Reminds producers and the programme office 90, 30 and 7 days before a certificate expires
 * (the issuing body must give at least 30 days' written notice). Each reminder is sent once.
 */
export const sendExpiryRemindersWorkflow = createWorkflow("send-certificate-expiry-reminders", (input: { now?: string }) => {
  const settings = transform({ input }, ({ input }) => ({ now: input.now ?? new Date().toISOString() }))
  const due = findDueRemindersStep(settings)
  const recorded = recordRemindersStep(due)
  const notices = transform({ due }, ({ due }) =>
    due.map((reminder) => ({
      certificate_id: reminder.certificate_id,
      template: "certificate-expiry-reminder" as const,
      data: { days_before: reminder.days_before, days_left: reminder.days_left, valid_until: reminder.valid_until },
    }))
  )
  notifyCertificateStep(notices)
  return new WorkflowResponse(recorded)
})
