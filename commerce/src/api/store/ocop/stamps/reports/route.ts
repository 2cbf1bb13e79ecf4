import { randomUUID } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../../../modules/stamp"
import { checkCode, formatSerial } from "../../../../../modules/stamp/code"
import type StampModuleService from "../../../../../modules/stamp/service"
import { clientAddress, deviceHash } from "../../../../../stamps/client"
import { parseInput } from "../../../../validation"
import { isReportPhotoOfType, REPORT_PHOTO_MAX_BYTES, reportPhotoExtension } from "../../../../../stamps/report-photo"
import { StampReportBody } from "../validators"

/** POST /store/ocop/stamps/reports — a shopper reports a problem with a stamp (optional photo ≤ 2 MB). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const body = parseInput(StampReportBody, req.body, "body")
  const files = req.scope.resolve(Modules.FILE)
  let photo: { id: string } | null = null
  if (body.photo) {
    const bytes = Buffer.from(body.photo.data, "base64")
    if (bytes.length === 0 || bytes.length > REPORT_PHOTO_MAX_BYTES) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid body: photo must be a non-empty image of at most 2 MB")
    if (!isReportPhotoOfType(body.photo.content_type, bytes)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid body: photo is not a ${body.photo.content_type} image`)
    // A shopper's photo may show a receipt or a face: it is stored privately (outside what the file
    // provider serves) under a random name, and only the office reads it through its admin route.
    const [file] = await files.createFiles([
      { filename: `stamp-report-${randomUUID()}.${reportPhotoExtension(body.photo.content_type)}`, mimeType: body.photo.content_type, content: bytes.toString("base64"), access: "private" },
    ])
    photo = file ?? null
  }
  try {
    await recordReport(req, res, body, photo?.id ?? null)
  } catch (error) {
    // A refused report keeps nothing, its photo included.
    if (photo) await files.deleteFiles(photo.id)
    throw error
  }
}

async function recordReport(req: MedusaRequest, res: MedusaResponse, body: StampReportBody, photoFileId: string | null) {
  const stamps = req.scope.resolve<StampModuleService>(STAMP_MODULE)
  const check = checkCode(stamps.settings.keyring, body.code)
  let stamp: { id: string; batch_id: string } | undefined
  if (check.valid) {
    const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    stamp = (await db.from("stamp").select("id", "batch_id").where({ serial: formatSerial(check.serial) }).whereNull("deleted_at").first()) as typeof stamp
  }
  const report = await stamps.createStampReports({
    code: body.code.slice(0, 64),
    stamp_id: stamp?.id ?? null,
    batch_id: stamp?.batch_id ?? null,
    verdict: stamp ? "genuine_code" : "not_genuine",
    where_bought: body.where_bought,
    message: body.message,
    photo_file_id: photoFileId,
    device_hash: deviceHash(stamps.settings.keyring.current, clientAddress(req), req.headers["user-agent"]),
  })
  res.status(201).json({ report: { id: report.id, created_at: new Date(report.created_at).toISOString() } })
}
