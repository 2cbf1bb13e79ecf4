import { z } from "@medusajs/framework/zod"
import { vietnamesePhone } from "../../../checkout/address"

/** The producer's public contact; an empty string or null clears a field. */
export const UpdateProducerContactBody = z
  .object({
    phone: z.preprocess((value) => (value === "" ? null : value), vietnamesePhone.nullable()).optional(),
    email: z
      .preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), z.string().trim().toLowerCase().max(254, "email quá dài / email is too long").email("email không hợp lệ / not a valid email address").nullable())
      .optional(),
  })
  .strict()
  .refine((body) => body.phone !== undefined || body.email !== undefined, "nothing to change: give phone or email")

export type UpdateProducerContactBody = z.infer<typeof UpdateProducerContactBody>
