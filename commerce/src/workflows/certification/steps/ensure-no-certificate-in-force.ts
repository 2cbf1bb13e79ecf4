import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vietnamDay } from "../../vietnam-calendar"

export interface EnsureNoCertificateInForceInput {
  product_ids: string[]
  /** The certificate being reinstated, which does not count against itself. */
  other_than?: string | null
}

// What the office was doing, for a refusal that tells it what to do instead.
const refusalOf = {
  issue: { vi: "hãy đánh giá lại giấy đó thay vì cấp thêm", en: "renew that certificate instead of issuing another" },
  reinstate: { vi: "không khôi phục giấy cũ khi đã có giấy mới hơn", en: "a newer certificate replaces this one, which cannot be reinstated" },
}

/**
 * A product carries one certificate in force at a time: its stars and validity must be one answer.
 * A new decision for a product already certified is a re-evaluation, which supersedes the old
 * certificate (renew); suspending the old one would otherwise leave the product on sale under the other.
 */
export const ensureNoCertificateInForceStep = createStep("ensure-no-certificate-in-force", async (input: EnsureNoCertificateInForceInput, { container }) => {
  if (input.product_ids.length === 0) return new StepResponse(undefined)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "certificates.id", "certificates.status", "certificates.valid_until", "certificates.decision_number"],
    filters: { id: input.product_ids },
  })
  const now = Date.now()
  for (const product of products as { title: string; certificates?: ({ id: string; status: string; valid_until: string | Date; decision_number: string } | null)[] }[]) {
    const inForce = (product.certificates ?? []).find(
      (certificate) => certificate && certificate.id !== input.other_than && certificate.status === "active" && new Date(certificate.valid_until).getTime() > now
    )
    if (inForce) {
      const until = vietnamDay(inForce.valid_until)
      const instead = refusalOf[input.other_than ? "reinstate" : "issue"]
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `«${product.title}» đã có giấy chứng nhận OCOP còn hiệu lực (Quyết định ${inForce.decision_number}, đến ${until.vi}): ${instead.vi}. / ` +
          `"${product.title}" already has an OCOP certificate in force (decision ${inForce.decision_number}, until ${until.en}): ${instead.en}.`
      )
    }
  }
  return new StepResponse(undefined)
})
