import { z } from "@medusajs/framework/zod"

export const CartIdParams = z.object({
  id: z.string().trim().regex(/^cart_[0-9A-Za-z]{10,40}$/, "must be a cart id (cart_…)"),
})
