import { z } from "@medusajs/framework/zod"

export const SetStockBody = z
  .object({
    inventory_item_id: z.string().regex(/^iitem_[0-9A-Z]{26}$/, "inventory_item_id must be an inventory item id (iitem_…)"),
    sales_point_id: z.string().regex(/^spt_[0-9A-Z]{26}$/, "sales_point_id must be a sales point id (spt_…)"),
    stocked_quantity: z.number().int("số lượng phải là số nguyên / quantity must be a whole number").min(0).max(1_000_000),
  })
  .strict()

export type SetStockBody = z.infer<typeof SetStockBody>
