import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../../../../modules/stamp"
import type StampModuleService from "../../../../../../modules/stamp/service"
import { batchCodes, sheetBatch } from "../../../../../../stamps/issue"
import { renderStampSheets } from "../../../../../../stamps/sheet"
import { parseInput } from "../../../../../validation"
import { StampBatchIdParams, StampSheetQuery } from "../../validators"

/** GET /admin/ocop/stamp-batches/:id/pdf?columns=5&rows=7 — the batch's printable A4 stamp sheets. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(StampBatchIdParams, req.params, "path")
  const layout = parseInput(StampSheetQuery, req.query, "query")
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const batch = await sheetBatch(db, id)
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stamp batch with id: ${id} was not found`)
  const { storefrontUrl } = req.scope.resolve<StampModuleService>(STAMP_MODULE).settings
  let doc: PDFKit.PDFDocument
  try {
    doc = renderStampSheets(batch, await batchCodes(db, id), { storefrontUrl, layout })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
  }
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="tem-ocop-${id}.pdf"`)
  res.setHeader("Cache-Control", "no-store")
  doc.pipe(res)
}
