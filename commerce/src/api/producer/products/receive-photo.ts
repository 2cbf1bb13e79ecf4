import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { MAX_PHOTO_BYTES } from "../../../product-images/photo-upload"

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 2 } }).single("photo")

const MAX_MB = MAX_PHOTO_BYTES / 1024 / 1024

/**
 * Reads one multipart `photo` field into memory, refusing oversize or extra parts while they
 * stream in. Multer's own errors would reach Medusa's handler as 500s; here they are a 413 or a 400
 * a producer can act on.
 */
export function receivePhoto(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as never, res as never, (error: unknown) => {
    if (!error) return next()
    if (error instanceof multer.MulterError) {
      if (error.code === "LIMIT_FILE_SIZE") {
        return res.status(413).json({ type: "invalid_data", message: `Ảnh lớn hơn ${MAX_MB} MB. / The photo is larger than ${MAX_MB} MB.` })
      }
      return res.status(400).json({ type: "invalid_data", message: `Gửi đúng một ảnh trong trường “photo”. / Send exactly one photo in the "photo" field (${error.code}).` })
    }
    // A body that is not multipart at all, or is cut off mid-way.
    return res.status(400).json({ type: "invalid_data", message: "Không đọc được ảnh gửi lên. / The uploaded photo could not be read." })
  })
}
