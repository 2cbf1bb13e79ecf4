import { z } from "@medusajs/framework/zod"
import { REPORT_PHOTO_MAX_BYTES, REPORT_PHOTO_TYPES } from "../../../../stamps/report-photo"


export const StampReportBody = z
  .object({
    code: z.string().trim().min(1, "code is required").max(2048),
    where_bought: z.string().trim().min(2, "where_bought must say where the product was bought").max(300),
    message: z.string().trim().min(3, "message must describe the problem in at least 3 characters").max(2000),
    photo: z
      .object({
        content_type: z.enum(REPORT_PHOTO_TYPES, { message: "photo must be a JPEG, PNG or WebP image" }),
        data: z.string().max(Math.ceil(REPORT_PHOTO_MAX_BYTES / 3) * 4 + 4, "photo must be at most 2 MB"),
      })
      .strict()
      .optional(),
  })
  .strict()
export type StampReportBody = z.infer<typeof StampReportBody>
