import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATES_EXPIRED } from "./events"
import { expireLapsedCertificatesStep } from "./steps/expire-lapsed-certificates"
import { recordCertificateEventsStep } from "./steps/record-certificate-events"
import { syncProductListingWorkflow } from "./sync-product-listing"

export interface ExpireCertificatesInput {
  /** ISO instant; defaults to now. */
  now?: string
  batch_size?: number
}

/**
 * One batch of the expiry job: lapsed certificates become `expired` with a history entry, their
 * products are delisted, and one `certificates.expired` event carries the whole batch. Idempotent: running
 * it again finds nothing new. The storefront never waits for it: the listing rule already hides
 * lapsed certificates at read time.
 */
export const expireCertificatesWorkflow = createWorkflow("expire-certificates", (input: ExpireCertificatesInput) => {
  const settings = transform({ input }, ({ input }) => ({ now: input.now ?? new Date().toISOString(), batch_size: input.batch_size ?? 500 }))
  const expiredIds = expireLapsedCertificatesStep(settings)

  when("has-expired-certificates", { expiredIds }, ({ expiredIds }) => expiredIds.length > 0).then(() => {
    const history = transform({ expiredIds }, ({ expiredIds }) =>
      expiredIds.map((id) => ({
        certificate_id: id,
        type: "expired" as const,
        from_status: "active",
        to_status: "expired",
        actor: "system",
        reason: "Hết thời hạn 36 tháng kể từ ngày ký quyết định",
      }))
    )
    recordCertificateEventsStep(history)

    const { data: certificates } = useQueryGraphStep({
      entity: "certificate",
      fields: ["id", "products.id"],
      filters: { id: expiredIds },
    }).config({ name: "load-expired-certificate-products" })
    const productIds = transform({ certificates }, ({ certificates }) => [
      ...new Set(certificates.flatMap((c) => (c.products ?? []).filter((p): p is NonNullable<typeof p> => Boolean(p)).map((p) => p.id))),
    ])
    syncProductListingWorkflow.runAsStep({ input: { product_ids: productIds, now: settings.now } })

    const batch = transform({ expiredIds }, ({ expiredIds }) => ({ ids: expiredIds }))
    emitEventStep({ eventName: CERTIFICATES_EXPIRED, data: batch })
  })

  return new WorkflowResponse(expiredIds)
})
