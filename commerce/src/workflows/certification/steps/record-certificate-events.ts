import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export interface CertificateEventInput {
  certificate_id: string
  type: "issued" | "suspended" | "reinstated" | "revoked" | "expired" | "superseded"
  from_status: string | null
  to_status: string
  actor: string
  reason: string | null
}

/** Appends to the certificates' permanent history (who, when, why). */
export const recordCertificateEventsStep = createStep(
  "record-certificate-events",
  async (events: CertificateEventInput[], { container }) => {
    if (events.length === 0) return new StepResponse([], [])
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const created = await certification.createCertificateEvents(events)
    return new StepResponse(created, created.map((event) => event.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.deleteCertificateEvents(ids)
  }
)
