import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../../../../modules/stamp"
import type StampModuleService from "../../../../../../modules/stamp/service"
import { reportPhotoType } from "../../../../../../stamps/report-photo"
import { parseInput } from "../../../../../validation"
import { StampReportIdParams } from "../../validators"

/**
 * GET /admin/ocop/stamp-reports/:id/photo — the photo a shopper sent with a report, for the office
 * only: it may show a receipt or a face, so it is kept out of the public file folder and never cached.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(StampReportIdParams, req.params, "path")
  const [report] = await req.scope.resolve<StampModuleService>(STAMP_MODULE).listStampReports({ id }, { select: ["id", "photo_file_id"] })
  if (!report) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy báo cáo / Stamp report ${id} was not found`)
  if (!report.photo_file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Báo cáo này không kèm ảnh / This report has no photo")
  const extension = report.photo_file_id.split(".").pop()!.toLowerCase()
  const photo = await readPhoto(req, report.photo_file_id)
  res.setHeader("Content-Type", reportPhotoType(extension) ?? "application/octet-stream")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Disposition", `inline; filename="${report.id}.${extension}"`)
  res.send(photo)
}

/** The photo's bytes (at most 2 MB, the report route's limit); a file gone from the disk is a 404, not a 500. */
async function readPhoto(req: AuthenticatedMedusaRequest, fileId: string): Promise<Buffer> {
  try {
    return await req.scope.resolve(Modules.FILE).getAsBuffer(fileId)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ảnh của báo cáo này không còn được lưu / This report's photo is no longer stored")
  }
}
