import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATES_EXPIRED, type CertificatesExpiredData } from "../workflows/certification/events"
import { notifyCertificateStep } from "../workflows/certification/steps/notify"

const notifyExpiredWorkflow = createWorkflow("notify-certificates-expired", (input: CertificatesExpiredData) => {
  const notices = transform({ input }, ({ input }) =>
    input.ids.map((id) => ({
      certificate_id: id,
      template: "certificate-status-changed" as const,
      data: { from: "active", to: "expired", reason: "Hết thời hạn 36 tháng kể từ ngày ký quyết định", actor: "system" },
    }))
  )
  return new WorkflowResponse(notifyCertificateStep(notices))
})

/** Tells producers and the programme office which certificates the expiry job has just expired, one batch at a time. */
export default async function certificatesExpired({ event, container }: SubscriberArgs<CertificatesExpiredData>) {
  await notifyExpiredWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: CERTIFICATES_EXPIRED,
}
