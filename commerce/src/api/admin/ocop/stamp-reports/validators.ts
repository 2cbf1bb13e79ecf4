import { z } from "@medusajs/framework/zod"

export const STAMP_REPORT_STATUSES = ["open", "resolved", "dismissed"] as const

export const ListStampReportsQuery = z
  .object({
    status: z.enum(STAMP_REPORT_STATUSES, { message: "status must be open, resolved or dismissed" }).optional(),
    batch_id: z.string().regex(/^stbt_[0-9A-Z]{26}$/, "batch_id must be a stamp batch id (stbt_…)").optional(),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(200, "limit must be at most 200").default(20),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  })
  .strict()

export const StampReportIdParams = z.object({ id: z.string().regex(/^strp_[0-9A-Z]{26}$/, "id must be a stamp report id (strp_…)") })

export const CloseStampReportBody = z
  .object({
    outcome: z.enum(["resolved", "dismissed"], { message: "outcome must be resolved or dismissed" }),
    note: z
      .string({ message: "note is required: say what was done" })
      .trim()
      .min(3, "note must say what was done, in at least 3 characters")
      .max(2000, "note must be at most 2,000 characters"),
  })
  .strict()
export type CloseStampReportBody = z.infer<typeof CloseStampReportBody>
