import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { parseInput } from "../../../../../validation"
import { producerScope } from "../../../../scope"
import { galleryOf, loadOwnProduct, presentProducerProduct } from "../../../producer-product"
import { ProductImageParams } from "../../../validators"
import { photoLockKey } from "../route"

/**
 * Rewrites the gallery of the producer's own product with `arrange` applied, under the product's
 * photo lock. The thumbnail follows the first photo, so the shop's cards always show the main one.
 */
export async function arrangeGallery(
  req: AuthenticatedMedusaRequest,
  arrange: (gallery: { id: string; url: string }[], imageId: string) => { id: string; url: string }[]
) {
  const { producer } = producerScope(req)
  const { id, image_id } = parseInput(ProductImageParams, req.params, "path")
  await req.scope.resolve(Modules.LOCKING).execute(photoLockKey(id), async () => {
    const gallery = galleryOf(await loadOwnProduct(req, producer.id, id))
    if (!gallery.some((image) => image.id === image_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sản phẩm này không có ảnh này / Photo ${image_id} was not found on this product`)
    const images = arrange(gallery, image_id).map((image, rank) => ({ id: image.id, url: image.url, rank }))
    await updateProductsWorkflow(req.scope).run({ input: { products: [{ id, images, thumbnail: images[0]?.url ?? null }] } })
  })
  return presentProducerProduct(await loadOwnProduct(req, producer.id, id))
}

/** DELETE /producer/products/:id/images/:image_id — removes a photo from the producer's own product. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await arrangeGallery(req, (gallery, imageId) => gallery.filter((image) => image.id !== imageId))
  res.json({ product })
}
