import { z } from "@medusajs/framework/zod"
import { calendarDate as isoDate } from "../../../validation"
import { isValidLot, LOT_MAX } from "../../../../modules/stamp/gs1"


export const IssueStampBatchBody = z
  .object({
    product_id: z.string().regex(/^prod_[0-9A-Z]{26}$/, "product_id must be a product id (prod_…)"),
    quantity: z.number({ message: "quantity must be a number" }).int("quantity must be a whole number").min(1, "quantity must be at least 1").max(100_000, "quantity must be at most 100,000 per batch"),
    lot: z.string().trim().refine(isValidLot, `số lô gồm 1–${LOT_MAX} ký tự: chữ A–Z không dấu, chữ số và - . / _ (không khoảng trắng) / lot must be 1–${LOT_MAX} characters: letters A–Z, digits and - . / _ (GS1 characters, no spaces or accents)`).optional(),
    production_date: isoDate.optional(),
    expiry_date: isoDate.optional(),
  })
  .strict()
  .refine((body) => !body.production_date || !body.expiry_date || body.expiry_date > body.production_date, { message: "expiry_date must be after production_date", path: ["expiry_date"] })
export type IssueStampBatchBody = z.infer<typeof IssueStampBatchBody>

export const ListStampBatchesQuery = z
  .object({
    product_id: z.string().min(1).max(100).optional(),
    status: z.enum(["active", "revoked"]).optional(),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(200, "limit must be at most 200").default(20),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  })
  .strict()

export const StampBatchIdParams = z.object({ id: z.string().regex(/^stbt_[0-9A-Z]{26}$/, "id must be a stamp batch id (stbt_…)") })

export const RevokeStampBatchBody = z.object({ reason: z.string().trim().min(3, "hãy ghi lý do, ít nhất 3 ký tự / reason must say why, in at least 3 characters").max(1000) }).strict()

export const StampSheetQuery = z
  .object({
    columns: z.coerce.number().int().min(1, "columns must be 1–10").max(10, "columns must be 1–10").default(5),
    rows: z.coerce.number().int().min(1, "rows must be 1–14").max(14, "rows must be 1–14").default(7),
  })
  .strict()
