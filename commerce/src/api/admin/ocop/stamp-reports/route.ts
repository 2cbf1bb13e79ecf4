import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { STAMP_MODULE } from "../../../../modules/stamp"
import type StampModuleService from "../../../../modules/stamp/service"
import { parseInput } from "../../../validation"

const ListStampReportsQuery = z
  .object({
    status: z.enum(["open", "closed"]).optional(),
    batch_id: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

/** GET /admin/ocop/stamp-reports — shoppers' reports about stamps, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListStampReportsQuery, req.query, "query")
  const filters: Record<string, unknown> = {}
  if (input.status) filters.status = input.status
  if (input.batch_id) filters.batch_id = input.batch_id
  const [reports, count] = await req.scope
    .resolve<StampModuleService>(STAMP_MODULE)
    .listAndCountStampReports(filters, { skip: input.offset, take: input.limit, order: { created_at: "DESC", id: "DESC" } })
  res.json({
    stamp_reports: reports.map((r) => ({
      id: r.id,
      code: r.code,
      stamp_id: r.stamp_id,
      batch_id: r.batch_id,
      verdict: r.verdict,
      where_bought: r.where_bought,
      message: r.message,
      photo_url: r.photo_url,
      status: r.status,
      created_at: new Date(r.created_at).toISOString(),
    })),
    count,
    limit: input.limit,
    offset: input.offset,
  })
}
