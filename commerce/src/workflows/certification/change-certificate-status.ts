import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { StatusAction } from "../../modules/certification/rules"
import { applyStatusChangeStep } from "./steps/apply-status-change"
import { ensureNoCertificateInForceStep } from "./steps/ensure-no-certificate-in-force"
import { recordCertificateEventsStep } from "./steps/record-certificate-events"
import { syncProductListingWorkflow } from "./sync-product-listing"
import { CERTIFICATE_STATUS_CHANGED } from "./events"

export interface ChangeCertificateStatusInput {
  certificate_id: string
  action: StatusAction
  reason?: string | null
  /** Who did it: the admin user's id or email. */
  actor: string
}

const eventTypeOf: Record<StatusAction, "suspended" | "reinstated" | "revoked"> = {
  suspend: "suspended",
  reinstate: "reinstated",
  revoke: "revoked",
}

/**
 * Suspend, reinstate or revoke a certificate. Takes effect at once: the history records who and
 * why, the covered products are delisted (or relisted), and `certificate.status_changed` notifies.
 */
export const changeCertificateStatusWorkflow = createWorkflow("change-certificate-status", (input: ChangeCertificateStatusInput) => {
  const { data: certificates } = useQueryGraphStep({
    entity: "certificate",
    fields: ["id", "products.id"],
    filters: { id: input.certificate_id },
  }).config({ name: "load-certified-products" })
  const productIds = transform({ certificates }, ({ certificates }) =>
    (certificates[0]?.products ?? []).filter((p): p is NonNullable<typeof p> => Boolean(p)).map((p) => p.id)
  )
  // Reinstating must not give a product a second certificate in force (one issued while this one was suspended).
  when({ input }, ({ input }) => input.action === "reinstate").then(() => {
    const reinstated = transform({ input, productIds }, ({ input, productIds }) => ({ product_ids: productIds, other_than: input.certificate_id }))
    ensureNoCertificateInForceStep(reinstated)
  })

  const change = applyStatusChangeStep({ certificate_id: input.certificate_id, action: input.action, reason: input.reason })

  const events = transform({ change, input }, ({ change, input }) => [
    {
      certificate_id: change.certificate_id,
      type: eventTypeOf[input.action],
      from_status: change.from,
      to_status: change.to,
      actor: input.actor,
      reason: change.reason,
    },
  ])
  recordCertificateEventsStep(events)

  syncProductListingWorkflow.runAsStep({ input: { product_ids: productIds } })

  const eventData = transform({ change, input }, ({ change, input }) => ({ id: change.certificate_id, from: change.from, to: change.to, reason: change.reason, actor: input.actor }))
  emitEventStep({ eventName: CERTIFICATE_STATUS_CHANGED, data: eventData })

  return new WorkflowResponse(change)
})
