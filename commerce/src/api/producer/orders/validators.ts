import { z } from "@medusajs/framework/zod"

const statuses = ["placed", "prepared", "shipped", "ready_for_pickup", "delivered", "canceled"] as const

export const ListOrderLinesQuery = z
  .object({
    status: z.enum(statuses).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const OrderLineParams = z.object({ id: z.string().regex(/^olal_[0-9A-Z]{26}$/, "id must be an order line id (olal_…)") })

export const OrderLineStatusBody = z.object({ status: z.enum(["prepared", "shipped", "ready_for_pickup", "delivered"]) }).strict()

export type ListOrderLinesQuery = z.infer<typeof ListOrderLinesQuery>
export type OrderLineStatusBody = z.infer<typeof OrderLineStatusBody>
