import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderLinesForOffice } from "../../../../../../checkout/order-progress"
import { OrderIdParams, parseInput } from "../../../../../validation"

/**
 * GET /admin/ocop/orders/:id/lines — who fulfils each line of an order (producer, sales point) and
 * its step, for the order page of the admin dashboard; Medusa's order knows neither.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(OrderIdParams, req.params, "path")
  const lines = await orderLinesForOffice(req.scope, id)
  if (!lines) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  res.json({ lines })
}
