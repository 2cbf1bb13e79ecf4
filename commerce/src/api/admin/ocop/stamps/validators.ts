import { z } from "@medusajs/framework/zod"
import { readStampSerial } from "../../../../stamps/serial"

/** The 11-character serial printed under each QR, as a person types it (stamps/serial.ts). */
export const StampSerialParams = z.object({
  serial: z.string().transform((typed, context) => {
    const serial = readStampSerial(typed)
    if (serial === null) context.addIssue({ code: "custom", message: "số sê-ri gồm 11 ký tự chữ và số in dưới mã QR / serial must be the 11 letters and digits printed under the QR" })
    return serial ?? z.NEVER
  }),
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
