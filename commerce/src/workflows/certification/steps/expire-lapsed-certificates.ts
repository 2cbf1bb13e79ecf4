import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export interface ExpireLapsedInput {
  now: string
  batch_size: number
}

/**
 * Marks up to `batch_size` active certificates whose validity has run out as expired, oldest
 * first. Expired ones leave the filter, so repeating the step walks the whole set without offsets.
 */
export const expireLapsedCertificatesStep = createStep(
  "expire-lapsed-certificates",
  async (input: ExpireLapsedInput, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const lapsed = await certification.listCertificates(
      { status: "active", valid_until: { $lte: new Date(input.now) } },
      { select: ["id", "valid_until"], take: input.batch_size, order: { valid_until: "ASC", id: "ASC" } }
    )
    const ids = lapsed.map((certificate) => certificate.id)
    if (ids.length > 0) {
      await certification.updateCertificates({ selector: { id: ids }, data: { status: "expired", status_reason: "Hết thời hạn 36 tháng kể từ ngày ký quyết định" } })
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.updateCertificates({ selector: { id: ids }, data: { status: "active", status_reason: null } })
  }
)
