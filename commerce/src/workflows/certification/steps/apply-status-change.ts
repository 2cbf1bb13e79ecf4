import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { statusTransition, type CertificateStatus, type StatusAction } from "../../../modules/certification/rules"
import type CertificationModuleService from "../../../modules/certification/service"

export interface ApplyStatusChangeInput {
  certificate_id: string
  action: StatusAction
  reason?: string | null
}

export interface AppliedStatusChange {
  certificate_id: string
  from: CertificateStatus
  to: CertificateStatus
  reason: string | null
}

/** Moves a certificate to the status an admin action leads to; compensation puts the old status back. */
export const applyStatusChangeStep = createStep(
  "apply-certificate-status-change",
  async (input: ApplyStatusChangeInput, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [certificate] = await certification.listCertificates({ id: input.certificate_id }, { select: ["id", "status", "status_reason"] })
    if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giấy chứng nhận ${input.certificate_id}. / Certificate ${input.certificate_id} was not found.`)
    const from = certificate.status as CertificateStatus
    const transition = statusTransition(from, input.action, input.reason)
    if (!transition.allowed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, transition.message)
    const reason = input.reason?.trim() || null
    await certification.updateCertificates({ id: certificate.id, status: transition.to, status_reason: transition.to === "active" ? null : reason })
    const applied: AppliedStatusChange = { certificate_id: certificate.id, from, to: transition.to, reason }
    return new StepResponse(applied, { id: certificate.id, status: from, status_reason: certificate.status_reason })
  },
  async (previous, { container }) => {
    if (!previous) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.updateCertificates({ id: previous.id, status: previous.status as CertificateStatus, status_reason: previous.status_reason })
  }
)
