import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { daysUntil, reminderDue, REMINDER_THRESHOLDS } from "../../../modules/certification/rules"
import type CertificationModuleService from "../../../modules/certification/service"

export interface DueReminder {
  certificate_id: string
  days_before: number
  days_left: number
  valid_until: string
}

/** Active certificates entering their 90-, 30- or 7-day window that have not been reminded for it yet. */
export const findDueRemindersStep = createStep("find-due-reminders", async (input: { now: string }, { container }) => {
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const now = new Date(input.now)
  const horizon = new Date(now.getTime() + Math.max(...REMINDER_THRESHOLDS) * 86_400_000 + 86_400_000)
  const expiring = await certification.listCertificates(
    { status: "active", valid_until: { $gt: now, $lte: horizon } },
    { select: ["id", "valid_until"], order: { valid_until: "ASC", id: "ASC" } }
  )
  if (expiring.length === 0) return new StepResponse([] as DueReminder[])
  const sent = await certification.listCertificateReminders({ certificate_id: expiring.map((c) => c.id) }, { select: ["certificate_id", "days_before"] })
  const sentBy = new Map<string, number[]>()
  for (const reminder of sent) sentBy.set(reminder.certificate_id, [...(sentBy.get(reminder.certificate_id) ?? []), reminder.days_before])
  const due: DueReminder[] = []
  for (const certificate of expiring) {
    const daysLeft = daysUntil(new Date(certificate.valid_until), now)
    const threshold = reminderDue(daysLeft, sentBy.get(certificate.id) ?? [])
    if (threshold !== null) {
      due.push({ certificate_id: certificate.id, days_before: threshold, days_left: daysLeft, valid_until: new Date(certificate.valid_until).toISOString() })
    }
  }
  return new StepResponse(due)
})

/** Remembers which reminders went out; compensation forgets them so a retry sends again. */
export const recordRemindersStep = createStep(
  "record-reminders",
  async (due: DueReminder[], { container }) => {
    if (due.length === 0) return new StepResponse([], [])
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const created = await certification.createCertificateReminders(
      due.map((d) => ({ certificate_id: d.certificate_id, days_before: d.days_before, valid_until: new Date(d.valid_until) }))
    )
    return new StepResponse(created, created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.deleteCertificateReminders(ids)
  }
)
