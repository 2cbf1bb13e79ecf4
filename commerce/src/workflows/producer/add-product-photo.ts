import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

export interface AddProductPhotoInput {
  product_id: string
  /** The product's photos now, in gallery order; the new one goes last. */
  images: { id: string; url: string }[]
  thumbnail: string | null
  /** A JPEG prepared by preparePhoto, base64-encoded. */
  photo: { filename: string; content: string }
}

/**
 * Stores a producer's photo through the file module and appends it to the product's gallery. The
 * product update emits `product.updated`, on which the image subscriber makes its AVIF/WebP variants.
 * If the product update fails, uploadFilesWorkflow's compensation deletes the stored file.
 */
export const addProductPhotoWorkflow = createWorkflow("add-product-photo", (input: AddProductPhotoInput) => {
  const files = transform({ input }, ({ input }) => ({
    files: [{ filename: input.photo.filename, mimeType: "image/jpeg", content: input.photo.content, access: "public" as const }],
  }))
  const uploaded = uploadFilesWorkflow.runAsStep({ input: files })
  const update = transform({ input, uploaded }, ({ input, uploaded }) => {
    const url = uploaded[0]!.url
    return {
      products: [
        {
          id: input.product_id,
          images: [...input.images.map((image, rank) => ({ id: image.id, url: image.url, rank })), { url, rank: input.images.length }],
          thumbnail: input.thumbnail ?? url,
        },
      ],
    }
  })
  updateProductsWorkflow.runAsStep({ input: update })
  const photo = transform({ uploaded }, ({ uploaded }) => ({ url: uploaded[0]!.url }))
  return new WorkflowResponse(photo)
})
