import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStampSheets } from "../../../../../../stamps/sheet-response"
import { parseInput } from "../../../../../validation"
import { StampBatchIdParams, StampSheetQuery } from "../../validators"

/** GET /admin/ocop/stamp-batches/:id/pdf?columns=5&rows=7 — the batch's printable A4 stamp sheets. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(StampBatchIdParams, req.params, "path")
  const layout = parseInput(StampSheetQuery, req.query, "query")
  await sendStampSheets(req, res, id, layout)
}
