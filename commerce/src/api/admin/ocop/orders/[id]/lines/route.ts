import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parcelAddressLine, type ParcelAddress } from "../../../../../../checkout/address"
import { orderLinesForOffice } from "../../../../../../checkout/order-progress"
import { OrderIdParams, parseInput } from "../../../../../validation"

type DeliveryAddress = ParcelAddress & { first_name?: string | null; last_name?: string | null; phone?: string | null }

/**
 * Where the order's delivered lines go, written as on the parcel (Medusa's own address card shows
 * the province's slug); null when no line is delivered, as every line is then collected at a sales point.
 */
async function deliveryOf(req: AuthenticatedMedusaRequest, orderId: string) {
  const { data } = (await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone", "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city", "shipping_address.province"],
    filters: { id: orderId },
  })) as { data: { shipping_address?: DeliveryAddress | null }[] }
  const address = data[0]?.shipping_address
  if (!address) return null
  return {
    recipient: [address.last_name, address.first_name].map((part) => part?.trim()).filter(Boolean).join(" ") || null,
    phone: address.phone ?? null,
    address: parcelAddressLine(address),
  }
}

/**
 * GET /admin/ocop/orders/:id/lines — who fulfils each line of an order (producer, sales point) and
 * its step, and where delivered lines go, for the order page of the admin dashboard; Medusa's order
 * knows neither who nor the province's name.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(OrderIdParams, req.params, "path")
  const lines = await orderLinesForOffice(req.scope, id)
  if (!lines) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  const delivered = lines.some((line) => line.fulfilment === "delivery")
  res.json({ lines, delivery: delivered ? await deliveryOf(req, id) : null })
}
