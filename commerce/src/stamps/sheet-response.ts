import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../modules/stamp"
import type StampModuleService from "../modules/stamp/service"
import { batchCodes, sheetBatch } from "./issue"
import { renderStampSheets } from "./sheet"

/** Streams a batch's printable A4 stamp sheets as a PDF download (admin and producer routes). */
export async function sendStampSheets(req: MedusaRequest, res: MedusaResponse, batchId: string, layout: { columns: number; rows: number }) {
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const batch = await sheetBatch(db, batchId)
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stamp batch with id: ${batchId} was not found`)
  const { storefrontUrl } = req.scope.resolve<StampModuleService>(STAMP_MODULE).settings
  let doc: PDFKit.PDFDocument
  try {
    doc = renderStampSheets(batch, await batchCodes(db, batchId), { storefrontUrl, layout })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
  }
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="tem-ocop-${batchId}.pdf"`)
  res.setHeader("Cache-Control", "no-store")
  doc.pipe(res)
}
