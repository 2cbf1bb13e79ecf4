import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { issuingLevelProblem, starsForScore, validUntil, type AuthorityLevel, type Regime, type Stars } from "../../../modules/certification/rules"
import type CertificationModuleService from "../../../modules/certification/service"

export interface NewCertificateInput {
  decision_number: string
  /** ISO instant the decision was signed (workflow input is serialised, so no Date objects). */
  decision_date: string
  issuing_authority_name: string
  issuing_authority_level: AuthorityLevel
  regime: Regime
  stars: Stars
  score?: number | null
  product_group: "food" | "drinks" | "herbal" | "handicraft" | "ornamental" | "tourism"
  supersedes_id?: string | null
}

/** Creates an active certificate valid 36 months from its decision; compensation deletes it. */
export const createCertificateStep = createStep(
  "create-certificate",
  async (input: NewCertificateInput, { container }) => {
    const score = input.score ?? null
    const earned = score === null ? null : starsForScore(score)
    if (score !== null && earned !== input.stars) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Điểm ${score} ${earned ? `tương ứng ${earned} sao` : "không đủ xếp hạng"}, không phải ${input.stars} sao (50–69 → 3★, 70–89 → 4★, 90–100 → 5★). / ` +
          `A score of ${score} earns ${earned ?? "no"} stars, not ${input.stars} (50–69 → 3★, 70–89 → 4★, 90–100 → 5★)`
      )
    }
    const levelProblem = issuingLevelProblem(input.regime, input.stars, input.issuing_authority_level)
    if (levelProblem) throw new MedusaError(MedusaError.Types.INVALID_DATA, levelProblem)
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const signed = new Date(input.decision_date)
    const certificate = await certification.createCertificates({
      ...input,
      decision_date: signed,
      score,
      supersedes_id: input.supersedes_id ?? null,
      valid_from: signed,
      valid_until: validUntil(signed),
      status: "active",
    })
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (!id) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.deleteCertificates(id)
  }
)
