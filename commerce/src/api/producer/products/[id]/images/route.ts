import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MAX_PHOTOS_PER_PRODUCT, PhotoRejected, preparePhoto } from "../../../../../product-images/photo-upload"
import { addProductPhotoWorkflow } from "../../../../../workflows/producer/add-product-photo"
import { parseInput } from "../../../../validation"
import { producerScope } from "../../../scope"
import { galleryOf, loadOwnProduct, presentProducerProduct } from "../../producer-product"
import { ProductIdParams } from "../../validators"

/** Concurrent uploads to one product would each append to the gallery they read; one at a time. */
export const photoLockKey = (productId: string) => `product-photos:${productId}`

/** POST /producer/products/:id/images — adds one photo (multipart field `photo`) to the producer's own product. */
export async function POST(req: AuthenticatedMedusaRequest & { file?: { buffer: Buffer } }, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const { id } = parseInput(ProductIdParams, req.params, "path")
  await loadOwnProduct(req, producer.id, id)
  if (!req.file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Chưa chọn ảnh: gửi một tệp trong trường “photo”. / No photo: send one file in the \"photo\" field.")
  let photo: Awaited<ReturnType<typeof preparePhoto>>
  try {
    photo = await preparePhoto(req.file.buffer)
  } catch (error) {
    if (error instanceof PhotoRejected) {
      return res.status(error.reason === "unsupported_format" ? 415 : 400).json({ type: "invalid_data", code: error.reason, message: error.message })
    }
    throw error
  }

  await req.scope.resolve(Modules.LOCKING).execute(photoLockKey(id), async () => {
    const product = await loadOwnProduct(req, producer.id, id)
    const gallery = galleryOf(product)
    if (gallery.length >= MAX_PHOTOS_PER_PRODUCT) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Mỗi sản phẩm có tối đa ${MAX_PHOTOS_PER_PRODUCT} ảnh. / A product has at most ${MAX_PHOTOS_PER_PRODUCT} photos.`)
    }
    await addProductPhotoWorkflow(req.scope).run({
      input: {
        product_id: id,
        images: gallery.map(({ id: imageId, url }) => ({ id: imageId, url })),
        thumbnail: product.thumbnail ?? null,
        photo: { filename: `${product.handle}.jpg`, content: photo.jpeg.toString("base64") },
      },
    })
  })
  res.status(201).json({ product: presentProducerProduct(await loadOwnProduct(req, producer.id, id)) })
}
