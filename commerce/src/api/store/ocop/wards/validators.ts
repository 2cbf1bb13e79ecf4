import { z } from "@medusajs/framework/zod"
import { provinceSlugs } from "../../../../checkout/zones"

export const ListWardsQuery = z
  .object({
    province: z.string({ message: "province là bắt buộc / province is required" }).refine((slug) => provinceSlugs.has(slug), "province: không phải một trong 34 tỉnh, thành từ 1/7/2025 / not one of the 34 provinces in force since 1 July 2025"),
  })
  .strict()
