import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStampSheets } from "../../../../../stamps/sheet-response"
import { StampBatchIdParams, StampSheetQuery } from "../../../../admin/ocop/stamp-batches/validators"
import { parseInput } from "../../../../validation"
import { producerScope } from "../../../scope"
import { loadOwnBatch } from "../../own-batches"

/** GET /producer/stamp-batches/:id/pdf — printable sheets of one of the producer's own batches. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const { id } = parseInput(StampBatchIdParams, req.params, "path")
  const layout = parseInput(StampSheetQuery, req.query, "query")
  await loadOwnBatch(req, producer.id, id)
  await sendStampSheets(req, res, id, layout)
}
