import { z } from "@medusajs/framework/zod"

export const productGroups = ["food", "drinks", "herbal", "handicraft", "ornamental", "tourism"] as const

export const ListCatalogueQuery = z
  .object({
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(24),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
    order: z.enum(["newest", "stars", "price_asc", "price_desc", "name"]).default("newest"),
    group: z.enum(productGroups).optional(),
    producer: z
      .string()
      .regex(/^[a-z0-9-]{1,120}$/, "producer must be a producer handle (lowercase letters, digits, hyphens)")
      .optional(),
    stars: z.coerce.number().int().min(3, "stars must be 3, 4 or 5").max(5, "stars must be 3, 4 or 5").optional(),
  })
  .strict()

export type ListCatalogueQuery = z.infer<typeof ListCatalogueQuery>

export const ProductHandleParams = z.object({
  handle: z.string().regex(/^[a-z0-9-]{1,200}$/, "handle must contain only lowercase letters, digits and hyphens"),
})
