import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type { CertificateStatus } from "../../../modules/certification/rules"
import type CertificationModuleService from "../../../modules/certification/service"

export interface SupersededCertificate {
  id: string
  from: CertificateStatus
  product_group: "food" | "drinks" | "herbal" | "handicraft" | "ornamental" | "tourism"
}

/**
 * Retires the certificate a re-evaluation replaces. A revoked certificate cannot be renewed: the
 * producer must apply as new. Compensation restores the old status.
 */
export const supersedeCertificateStep = createStep(
  "supersede-certificate",
  async (input: { certificate_id: string; decision_number: string }, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [certificate] = await certification.listCertificates({ id: input.certificate_id })
    if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giấy chứng nhận ${input.certificate_id}. / Certificate ${input.certificate_id} was not found.`)
    if (certificate.status === "revoked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Không thể gia hạn giấy chứng nhận đã bị thu hồi: chủ thể phải nộp hồ sơ đánh giá, công nhận mới. / A revoked certificate cannot be renewed; the producer must apply for a new recognition.")
    }
    const [successor] = await certification.listCertificates({ supersedes_id: certificate.id }, { select: ["decision_number"] })
    if (successor) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Giấy chứng nhận này đã được gia hạn bằng Quyết định ${successor.decision_number}: hãy gia hạn giấy đó. / This certificate was already renewed by decision ${successor.decision_number}; renew that one instead.`)
    }
    await certification.updateCertificates({
      id: certificate.id,
      status: "expired",
      status_reason: `Thay thế bởi quyết định ${input.decision_number}`,
    })
    const superseded: SupersededCertificate = { id: certificate.id, from: certificate.status as CertificateStatus, product_group: certificate.product_group }
    return new StepResponse(superseded, { id: certificate.id, status: certificate.status as CertificateStatus, status_reason: certificate.status_reason })
  },
  async (previous, { container }) => {
    if (!previous) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.updateCertificates({ id: previous.id, status: previous.status, status_reason: previous.status_reason })
  }
)
