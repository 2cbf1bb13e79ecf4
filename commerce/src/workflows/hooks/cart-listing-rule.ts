import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, completeCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { currentCertificate, listingVerdict, type NotSellableReason } from "../../listing/sellable"

const explanations: Record<NotSellableReason, string> = {
  not_published: "is not on sale",
  no_certificate: "has no OCOP certificate",
  certificate_expired: "has an expired OCOP certificate",
  certificate_suspended: "has a suspended OCOP certificate",
  certificate_revoked: "has a revoked OCOP certificate",
  producer_suspended: "comes from a producer that is suspended",
}

/** Refuses variants whose product may not be sold now; the message names each product and why. */
async function assertVariantsSellable(container: MedusaContainer, variantIds: string[]) {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (ids.length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product.title",
      "product.status",
      "product.certificates.status",
      "product.certificates.valid_until",
      "product.certificates.decision_date",
      "product.producer.status",
    ],
    filters: { id: ids },
  })
  const now = new Date()
  const refused: string[] = []
  for (const variant of data as { product?: { title: string; status: string; certificates?: { status: string; valid_until: string; decision_date: string }[]; producer?: { status: string } | null } | null }[]) {
    const product = variant.product
    if (!product) continue
    const verdict = listingVerdict({ productStatus: product.status, producerStatus: product.producer?.status, certificate: currentCertificate(product.certificates, now) }, now)
    if (!verdict.sellable) refused.push(`"${product.title}" ${explanations[verdict.reason]}`)
  }
  if (refused.length > 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot sell: ${refused.join("; ")}`)
}

// The listing rule guards the cart as well as the catalogue: nothing lapsed can be added or bought.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVariantsSellable(container, (input.items ?? []).map((item) => item.variant_id as string))
  return new StepResponse(undefined)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ cart, input }, { container }) => {
  const item = (cart.items ?? []).find((line: { id: string }) => line.id === input.item_id) as { variant_id?: string } | undefined
  if (item?.variant_id) await assertVariantsSellable(container, [item.variant_id])
  return new StepResponse(undefined)
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsSellable(container, (cart.items ?? []).map((item: { variant_id?: string | null }) => item.variant_id ?? ""))
  return new StepResponse(undefined)
})
