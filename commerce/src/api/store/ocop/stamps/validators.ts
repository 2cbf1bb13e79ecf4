import { z } from "@medusajs/framework/zod"

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export type PhotoType = (typeof PHOTO_TYPES)[number]
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024

/** The extension a report photo is stored under; the office's photo route reads its type back from it. */
export const PHOTO_EXTENSIONS: Record<PhotoType, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" }

export function photoContentType(extension: string): PhotoType | undefined {
  return PHOTO_TYPES.find((type) => PHOTO_EXTENSIONS[type] === extension)
}

export const StampReportBody = z
  .object({
    code: z.string().trim().min(1, "code is required").max(2048),
    where_bought: z.string().trim().min(2, "where_bought must say where the product was bought").max(300),
    message: z.string().trim().min(3, "message must describe the problem in at least 3 characters").max(2000),
    photo: z
      .object({
        content_type: z.enum(PHOTO_TYPES, { message: "photo must be a JPEG, PNG or WebP image" }),
        data: z.string().max(Math.ceil(PHOTO_MAX_BYTES / 3) * 4 + 4, "photo must be at most 2 MB"),
      })
      .strict()
      .optional(),
  })
  .strict()
export type StampReportBody = z.infer<typeof StampReportBody>
