import { z } from "@medusajs/framework/zod"

export const ProducerIdParams = z.object({ id: z.string().regex(/^pdc_[0-9A-Z]{26}$/, "id must be a producer id (pdc_…)") })

export const InviteBody = z
  .object({
    email: z.string().trim().toLowerCase().max(254, "email quá dài / email is too long (at most 254 characters)").email("email không hợp lệ / not a valid email address"),
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

export const ListProducersQuery = z
  .object({
    q: z.string().trim().min(1, "q must not be empty").max(200, "q must be at most 200 characters").optional(),
    status: z.enum(["active", "suspended"], { message: "status must be active or suspended" }).optional(),
    limit: z.coerce.number({ message: "limit must be a number" }).int("limit must be a whole number").min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(20),
    offset: z.coerce.number({ message: "offset must be a number" }).int("offset must be a whole number").min(0, "offset cannot be negative").default(0),
  })
  .strict()
