import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMAGE_VARIANTS_KEY } from "../../../product-images/variants"
import type { ImageVariantsPlan } from "./make-image-variants"

/**
 * Records the variant URLs in the product's metadata, where the store API reads them with the
 * product. The whole metadata object is written so no other key is lost; compensation restores it.
 */
export const recordImageVariantsStep = createStep(
  "record-product-image-variants",
  async (plan: ImageVariantsPlan, { container }) => {
    if (!plan.variants) return new StepResponse(false, null)
    const products = container.resolve(Modules.PRODUCT)
    await products.updateProducts(plan.product_id, { metadata: { ...plan.previous_metadata, [IMAGE_VARIANTS_KEY]: plan.variants } })
    return new StepResponse(true, { product_id: plan.product_id, metadata: plan.previous_metadata })
  },
  async (previous, { container }) => {
    if (!previous) return
    const products = container.resolve(Modules.PRODUCT)
    await products.updateProducts(previous.product_id, { metadata: previous.metadata })
  }
)
