import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface EnsureNoCertificateInForceInput {
  product_ids: string[]
  /** The certificate being reinstated, which does not count against itself. */
  other_than?: string | null
}

const vietnameseDate = (date: Date) => date.toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" })

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
      const until = new Date(inForce.valid_until)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `«${product.title}» đã có giấy chứng nhận OCOP còn hiệu lực (Quyết định ${inForce.decision_number}, đến ${vietnameseDate(until)}): hãy đánh giá lại giấy đó thay vì cấp thêm. / ` +
          `"${product.title}" already has an OCOP certificate in force (decision ${inForce.decision_number}, until ${until.toISOString().slice(0, 10)}): renew that certificate instead of issuing another.`
      )
    }
  }
  return new StepResponse(undefined)
})
