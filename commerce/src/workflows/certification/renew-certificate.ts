import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { NewCertificateInput } from "./steps/create-certificate"
import { recordCertificateEventsStep } from "./steps/record-certificate-events"
import { supersedeCertificateStep } from "./steps/supersede-certificate"
import { issueCertificateWorkflow } from "./issue-certificate"

export interface RenewCertificateInput extends Omit<NewCertificateInput, "product_group" | "supersedes_id"> {
  certificate_id: string
  actor: string
}

/**
 * Re-evaluation (đánh giá, phân hạng lại): a new decision for the same products, which may raise or
 * lower the stars, supersedes the old certificate; the products relist as soon as it is active.
 */
export const renewCertificateWorkflow = createWorkflow("renew-certificate", (input: RenewCertificateInput) => {
  const { data: previous } = useQueryGraphStep({
    entity: "certificate",
    fields: ["id", "products.id"],
    filters: { id: input.certificate_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "load-certificate-to-renew" })

  const superseded = supersedeCertificateStep({ certificate_id: input.certificate_id, decision_number: input.decision_number })

  const issueInput = transform({ input, previous, superseded }, ({ input, previous, superseded }) => {
    const { certificate_id: _id, ...decision } = input
    return {
      ...decision,
      product_group: superseded.product_group,
      supersedes_id: superseded.id,
      product_ids: (previous[0]?.products ?? []).filter((p): p is NonNullable<typeof p> => Boolean(p)).map((p) => p.id),
    }
  })
  const renewed = issueCertificateWorkflow.runAsStep({ input: issueInput })

  const history = transform({ input, superseded, renewed }, ({ input, superseded, renewed }) => [
    {
      certificate_id: superseded.id,
      type: "superseded" as const,
      from_status: superseded.from,
      to_status: "expired",
      actor: input.actor,
      reason: `Thay thế bởi quyết định ${renewed.decision_number} (${renewed.stars}★)`,
    },
  ])
  recordCertificateEventsStep(history).config({ name: "record-superseded-event" })

  return new WorkflowResponse(renewed)
})
