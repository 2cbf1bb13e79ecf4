import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMAGE_VARIANTS_KEY, type ImageVariants } from "../../../product-images/variants"
import { productMetadataLock } from "../../../listing/metadata-lock"
import type { ImageVariantsPlan } from "./make-image-variants"

/**
 * Records the variant URLs in the product's metadata, where the store API reads them with the
 * product. Only the variants key is written (Medusa merges metadata keys), under the product's
 * metadata lock: making the variants takes seconds, in which a producer may save the story or the
 * delivery area, and neither write may undo the other. Compensation puts back only that key.
 */
export const recordImageVariantsStep = createStep(
  "record-product-image-variants",
  async (plan: ImageVariantsPlan, { container }) => {
    if (!plan.variants) return new StepResponse(false, null)
    const products = container.resolve(Modules.PRODUCT)
    const before = await container.resolve(Modules.LOCKING).execute(productMetadataLock(plan.product_id), async () => {
      const { metadata } = await products.retrieveProduct(plan.product_id, { select: ["id", "metadata"] })
      await products.updateProducts(plan.product_id, { metadata: { [IMAGE_VARIANTS_KEY]: plan.variants } })
      return (metadata?.[IMAGE_VARIANTS_KEY] ?? null) as Record<string, ImageVariants> | null
    })
    return new StepResponse(true, { product_id: plan.product_id, variants: before })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.LOCKING).execute(productMetadataLock(previous.product_id), () =>
      container.resolve(Modules.PRODUCT).updateProducts(previous.product_id, { metadata: { [IMAGE_VARIANTS_KEY]: previous.variants } })
    )
  }
)
