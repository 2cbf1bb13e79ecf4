import { z } from "@medusajs/framework/zod"

/**
 * The 11-character serial printed under each QR, read as codes are (modules/stamp/code.ts): spaces
 * and hyphens a person types are ignored, and O, I, L are the 0 and 1 the alphabet has instead.
 */
export const StampSerialParams = z.object({
  serial: z
    .string()
    .transform((serial) => serial.replace(/[\s-]/g, "").toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1"))
    .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{11}$/, "số sê-ri gồm 11 ký tự chữ và số in dưới mã QR / serial must be the 11 letters and digits printed under the QR")),
})

export const VoidStampBody = z
  .object({
    reason: z
      .string({ message: "hãy ghi lý do / reason is required" })
      .trim()
      .min(3, "hãy ghi lý do, ít nhất 3 ký tự / reason must say why, in at least 3 characters")
      .max(1000, "lý do tối đa 1.000 ký tự / reason must be at most 1,000 characters"),
  })
  .strict()
