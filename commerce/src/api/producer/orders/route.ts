import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_ALLOCATION_MODULE } from "../../../modules/order-allocation"
import type OrderAllocationModuleService from "../../../modules/order-allocation/service"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"
import { orderPayment, ORDER_PAYMENT_FIELDS, type PaymentCollectionRows } from "../../../workflows/producer/order-payment"
import { parseInput } from "../../validation"
import { producerScope } from "../scope"
import { ListOrderLinesQuery } from "./validators"

interface OrderRow extends PaymentCollectionRows {
  id: string
  display_id: number
  created_at: string
  shipping_address?: { first_name: string | null; last_name: string | null; phone: string | null; address_1: string | null; address_2: string | null; city: string | null; province: string | null } | null
  items?: ({ id: string; title: string; variant_title: string | null; unit_price: number } | null)[] | null
}

/**
 * GET /producer/orders — the producer's own order lines, newest first. A checkout may span several
 * producers: each sees only its lines, and of the customer only what fulfilling them needs (name,
 * phone, and the address for a delivery) — never the email or the other lines. Each line says how
 * the order is paid, so that goods of a bank transfer still awaited are not sent.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const input = parseInput(ListOrderLinesQuery, req.query, "query")
  const allocations = req.scope.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
  const [lines, count] = await allocations.listAndCountOrderLineAllocations(
    { producer_id: producer.id, ...(input.status ? { status: input.status } : {}) },
    { take: input.limit, skip: input.offset, order: { created_at: "DESC", id: "ASC" } }
  )
  const orderIds = [...new Set(lines.map((line) => line.order_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "created_at",
          "shipping_address.first_name",
          "shipping_address.last_name",
          "shipping_address.phone",
          "shipping_address.address_1",
          "shipping_address.address_2",
          "shipping_address.city",
          "shipping_address.province",
          "items.id",
          "items.title",
          "items.variant_title",
          "items.unit_price",
          ...ORDER_PAYMENT_FIELDS,
        ],
        filters: { id: orderIds },
      })
    : { data: [] }
  const orders = new Map((data as unknown as OrderRow[]).map((order) => [order.id, order]))
  const pointIds = [...new Set(lines.map((line) => line.sales_point_id).filter((id): id is string => Boolean(id)))]
  const points = pointIds.length ? await req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE).listSalesPoints({ id: pointIds }) : []
  const pointNames = new Map(points.map((point) => [point.id, point.name]))

  res.json({
    lines: lines.map((line) => {
      const order = orders.get(line.order_id)
      const item = order?.items?.find((candidate) => candidate?.id === line.line_item_id)
      const address = order?.shipping_address
      return {
        id: line.id,
        status: line.status,
        fulfilment: line.fulfilment,
        quantity: line.quantity,
        sales_point: line.sales_point_id ? { id: line.sales_point_id, name: pointNames.get(line.sales_point_id) ?? null } : null,
        order: { display_id: order?.display_id ?? null, placed_at: order?.created_at ?? null, payment: order ? orderPayment(order) : { method: null, status: null } },
        item: item ? { title: item.title, variant_title: item.variant_title, unit_price: Number(item.unit_price) } : null,
        recipient: address
          ? {
              name: [address.last_name, address.first_name].filter(Boolean).join(" ") || null,
              phone: address.phone,
              address: line.fulfilment === "delivery" ? { address_1: address.address_1, address_2: address.address_2, commune: address.city, province: address.province } : null,
            }
          : null,
      }
    }),
    count,
    limit: input.limit,
    offset: input.offset,
  })
}
