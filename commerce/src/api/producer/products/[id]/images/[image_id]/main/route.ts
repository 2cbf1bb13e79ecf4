import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { arrangeGallery } from "../route"

/** POST /producer/products/:id/images/:image_id/main — makes a photo the product's main one (first in the gallery, on cards). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await arrangeGallery(req, (gallery, imageId) => [...gallery.filter((image) => image.id === imageId), ...gallery.filter((image) => image.id !== imageId)])
  res.json({ product })
}
