import { z } from "@medusajs/framework/zod"

export const ListStampProductsQuery = z
  .object({
    product_id: z.string().regex(/^prod_[0-9A-Z]{26}$/, "product_id must be a product id (prod_…)").optional(),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(200, "limit must be at most 200").default(20),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  })
  .strict()
export type ListStampProductsQuery = z.infer<typeof ListStampProductsQuery>
