import { z } from "@medusajs/framework/zod"

const PROVINCE = /^[a-z0-9-]{1,80}$/

export const ListSalesPointsQuery = z
  .object({
    /** Province slugs (`lao-cai`), as a comma list or a repeated parameter. */
    province: z
      .union([z.string(), z.array(z.string())])
      .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(",")).map((part) => part.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(PROVINCE, "province must be a province slug (lowercase letters, digits, hyphens)")).max(40, "province: at most 40 values"))
      .optional(),
  })
  .strict()

export type ListSalesPointsQuery = z.infer<typeof ListSalesPointsQuery>
