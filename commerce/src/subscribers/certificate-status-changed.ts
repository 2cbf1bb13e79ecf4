import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCertificateStep } from "../workflows/certification/steps/notify"
import { CERTIFICATE_STATUS_CHANGED, type CertificateStatusChangedData } from "../workflows/certification/events"
import { createWorkflow, WorkflowResponse, transform } from "@medusajs/framework/workflows-sdk"

const notifyStatusChangeWorkflow = createWorkflow("notify-certificate-status-change", (input: CertificateStatusChangedData) => {
  const notices = transform({ input }, ({ input }) => [
    { certificate_id: input.id, template: "certificate-status-changed" as const, data: { from: input.from, to: input.to, reason: input.reason, actor: input.actor } },
  ])
  return new WorkflowResponse(notifyCertificateStep(notices))
})

/** Tells the producer and the programme office when a certificate is suspended, reinstated, revoked or expires. */
export default async function certificateStatusChanged({ event, container }: SubscriberArgs<CertificateStatusChangedData>) {
  await notifyStatusChangeWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: CERTIFICATE_STATUS_CHANGED,
}
