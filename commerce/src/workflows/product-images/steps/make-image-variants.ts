import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rm } from "node:fs/promises"
import { IMAGE_VARIANTS_KEY, makeImageVariants, readOriginal, type ImageVariants } from "../../../product-images/variants"

export interface ImageVariantsPlan {
  product_id: string
  /** Null when every current image already has its variants and none was removed: nothing to record. */
  variants: Record<string, ImageVariants> | null
  /** Variants of images the product no longer has, to delete once the new map is recorded. */
  stale: ImageVariants[]
}

/**
 * Makes the AVIF/WebP variants of every image of a product that has none yet. An image that cannot
 * be read or decoded is left without variants (the storefront falls back to the original) rather
 * than failing the product change that triggered it. Compensation deletes the files it wrote.
 */
export const makeImageVariantsStep = createStep(
  "make-product-image-variants",
  async ({ product_id }: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const { data } = await query.graph({ entity: "product", fields: ["id", "metadata", "images.url"], filters: { id: product_id } })
    const product = data[0] as { id: string; metadata: Record<string, unknown> | null; images?: { url: string }[] | null } | undefined
    const known = (product?.metadata?.[IMAGE_VARIANTS_KEY] ?? {}) as Record<string, ImageVariants>
    const urls = [...new Set((product?.images ?? []).map((image) => image.url))]

    const next: Record<string, ImageVariants> = {}
    const written: string[] = []
    for (const url of urls) {
      if (known[url]) {
        next[url] = known[url]
        continue
      }
      try {
        const { variants, files } = await makeImageVariants(await readOriginal(url), url)
        next[url] = variants
        written.push(...files)
      } catch (error) {
        logger.warn(`No image variants for ${url} of product ${product_id}: ${(error as Error).message}`)
      }
    }
    const stale = Object.entries(known)
      .filter(([url]) => !urls.includes(url))
      .map(([, variants]) => variants)
    const changed = written.length > 0 || stale.length > 0
    const plan: ImageVariantsPlan = { product_id, variants: changed ? next : null, stale }
    return new StepResponse(plan, written)
  },
  async (written, _context) => {
    if (!written?.length) return
    await Promise.all(written.map((file) => rm(file, { force: true })))
  }
)
