import { z } from "@medusajs/framework/zod"

export const ProducerIdParams = z.object({ id: z.string().regex(/^pdc_[0-9A-Z]{26}$/, "id must be a producer id (pdc_…)") })

export const InviteBody = z
  .object({
    email: z.string().trim().toLowerCase().email("email không hợp lệ / not a valid email address"),
    role: z.enum(["owner", "staff"]).default("staff"),
  })
  .strict()

export type InviteBody = z.infer<typeof InviteBody>

export const ProducerStatusBody = z
  .object({
    status: z.enum(["active", "suspended"], { message: "status must be active or suspended" }),
    reason: z.string().trim().min(3, "reason must say why, in at least 3 characters").max(1000).optional(),
  })
  .strict()
  .refine((body) => body.status !== "suspended" || body.reason, { message: "a suspension needs a reason", path: ["reason"] })
