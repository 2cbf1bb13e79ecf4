import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { findTransferReference } from "../../../../modules/vietqr-payment/transfer"
import { parseInput } from "../../../validation"

const TransferQuery = z
  .object({
    statement: z.string().trim().min(1, "dán nội dung chuyển khoản / paste the transfer's content").max(500, "tối đa 500 ký tự / at most 500 characters"),
  })
  .strict()

/**
 * GET /admin/ocop/transfers?statement=… — the order a bank transfer pays, from its line on the bank
 * statement as the office copies it: the VietQR reference is found in it however the bank wrote it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { statement } = parseInput(TransferQuery, req.query, "query")
  const reference = findTransferReference(statement)
  if (!reference) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Không thấy mã chuyển khoản dạng OCOP… trong nội dung này / No OCOP… transfer reference in this text")
  }
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const order = await db("payment as p")
    .join("order_payment_collection as opc", "opc.payment_collection_id", "p.payment_collection_id")
    .join("order as o", "o.id", "opc.order_id")
    .where("p.provider_id", "pp_vietqr_vietqr")
    .whereRaw("p.data ->> 'reference' = ?", [reference])
    .whereNull("p.deleted_at")
    .whereNull("opc.deleted_at")
    .whereNull("o.deleted_at")
    .first("o.id", "o.display_id", "o.email", "o.status", "p.amount", "p.captured_at", "p.canceled_at")
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có đơn hàng nào với mã chuyển khoản ${reference} / No order has the transfer reference ${reference}`)
  res.json({
    reference,
    order: {
      id: order.id,
      display_id: order.display_id,
      email: order.email,
      status: order.status,
      amount: Number(order.amount),
      paid: order.captured_at !== null,
      canceled: order.canceled_at !== null,
    },
  })
}
