import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import { CERTIFICATE_ISSUED } from "./events"
import { createCertificateStep, type NewCertificateInput } from "./steps/create-certificate"
import { ensureNoCertificateInForceStep } from "./steps/ensure-no-certificate-in-force"
import { ensureProductsExistStep } from "./steps/ensure-products-exist"
import { recordCertificateEventsStep } from "./steps/record-certificate-events"
import { syncProductListingWorkflow } from "./sync-product-listing"

export interface IssueCertificateInput extends NewCertificateInput {
  product_ids: string[]
  actor: string
}

/**
 * Records a recognition decision for one or more products. The products become sellable at once
 * if they were delisted only for want of a valid certificate.
 */
export const issueCertificateWorkflow = createWorkflow("issue-certificate", (input: IssueCertificateInput) => {
  ensureProductsExistStep(input.product_ids)
  const certified = transform({ input }, ({ input }) => ({ product_ids: input.product_ids }))
  ensureNoCertificateInForceStep(certified)
  const fields = transform({ input }, ({ input }) => {
    const { product_ids: _products, actor: _actor, ...certificate } = input
    return certificate
  })
  const certificate = createCertificateStep(fields)

  const links = transform({ certificate, input }, ({ certificate, input }) =>
    input.product_ids.map((productId) => ({
      [CERTIFICATION_MODULE]: { certificate_id: certificate.id },
      [Modules.PRODUCT]: { product_id: productId },
    }))
  )
  createRemoteLinkStep(links)

  const events = transform({ certificate, input }, ({ certificate, input }) => [
    {
      certificate_id: certificate.id,
      type: "issued" as const,
      from_status: null,
      to_status: "active",
      actor: input.actor,
      reason: `Quyết định ${certificate.decision_number}`,
    },
  ])
  recordCertificateEventsStep(events)

  syncProductListingWorkflow.runAsStep({ input: { product_ids: input.product_ids } })

  const issued = transform({ certificate, input }, ({ certificate, input }) => ({ id: certificate.id, supersedes_id: certificate.supersedes_id, actor: input.actor }))
  emitEventStep({ eventName: CERTIFICATE_ISSUED, data: issued })

  return new WorkflowResponse(certificate)
})
