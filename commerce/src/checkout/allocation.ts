import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { checkoutMethod } from "./method"
import { numeric } from "./numeric"

export interface AllocationResult {
  allocationIds: string[]
  /** Reservations made at the pickup point in place of the ones Medusa made elsewhere. */
  movedReservationIds: string[]
}

interface OrderRow {
  id: string
  status: string
  items: { id: string; quantity?: unknown; detail?: { quantity?: unknown } | null; product_id: string | null; variant_id: string | null; title: string }[]
  shipping_methods: { shipping_option_id: string | null }[]
}

/**
 * Records, per order line, the producer and the sales point that fulfils it. For pickup, Medusa has
 * reserved the goods at the first location that had them; they are moved to the chosen point under
 * the same inventory lock Medusa reserves with, and refused if that point no longer has them.
 * Idempotent: an order already allocated, or canceled, is left as it is.
 */
export async function allocateOrder(container: MedusaContainer, orderId: string): Promise<AllocationResult> {
  const allocations = container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
  const existing = await allocations.listOrderLineAllocations({ order_id: orderId }, { select: ["id"] })
  if (existing.length > 0) return { allocationIds: [], movedReservationIds: [] }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const { data: orders } = (await query.graph({
    entity: "order",
    fields: ["id", "status", "items.id", "items.quantity", "items.detail.quantity", "items.product_id", "items.variant_id", "items.title", "shipping_methods.shipping_option_id"],
    filters: { id: orderId },
  })) as { data: OrderRow[] }
  const order = orders[0]
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)
  // A checkout the recovery had to cancel stays canceled when the shopper retries it.
  if (order.status === "canceled") return { allocationIds: [], movedReservationIds: [] }

  const method = await checkoutMethod(container, order.shipping_methods.map((method) => method.shipping_option_id ?? ""))
  const lineIds = order.items.map((item) => item.id)
  let reservations = lineIds.length ? await inventory.listReservationItems({ line_item_id: lineIds }) : []

  const movedReservationIds: string[] = []
  if (method?.fulfilment === "pickup") {
    const elsewhere = reservations.filter((reservation) => reservation.location_id !== method.stockLocationId)
    if (elsewhere.length > 0) {
      const locking = container.resolve(Modules.LOCKING)
      const itemIds = [...new Set(elsewhere.map((reservation) => reservation.inventory_item_id))]
      await locking.execute(itemIds, async () => {
        // createReservationItems checks availability at the point; failing here refuses the order.
        const created = await inventory
          .createReservationItems(
            elsewhere.map((reservation) => ({
              line_item_id: reservation.line_item_id ?? undefined,
              inventory_item_id: reservation.inventory_item_id,
              location_id: method.stockLocationId,
              quantity: numeric(reservation.quantity),
              allow_backorder: false,
            }))
          )
          .catch((error: Error) => {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${method.salesPointName} no longer has enough stock for this order (${error.message})`, MedusaError.Codes.INSUFFICIENT_INVENTORY)
          })
        movedReservationIds.push(...created.map((reservation) => reservation.id))
        await inventory.deleteReservationItems(elsewhere.map((reservation) => reservation.id))
      })
      reservations = await inventory.listReservationItems({ line_item_id: lineIds })
    }
  }

  const productIds = [...new Set(order.items.map((item) => item.product_id).filter((id): id is string => !!id))]
  const { data: products } = (await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds } })) as {
    data: { id: string; producer?: { id: string } | null }[]
  }
  const producerByProduct = new Map(products.map((product) => [product.id, product.producer?.id ?? null]))
  const reservationLocations = [...new Set(reservations.map((reservation) => reservation.location_id))]
  const { data: locations } = reservationLocations.length
    ? ((await query.graph({ entity: "stock_location", fields: ["id", "sales_point.id"], filters: { id: reservationLocations } })) as { data: { id: string; sales_point?: { id: string } | null }[] })
    : { data: [] }
  const salesPointByLocation = new Map(locations.map((location) => [location.id, location.sales_point?.id ?? null]))

  const created = await allocations.createOrderLineAllocations(
    order.items.map((item) => {
      const locationId = reservations.find((reservation) => reservation.line_item_id === item.id)?.location_id ?? (method?.fulfilment === "pickup" ? method.stockLocationId : null)
      const salesPointId = locationId ? (salesPointByLocation.get(locationId) ?? (method?.fulfilment === "pickup" ? method.salesPointId : null)) : null
      return {
        order_id: order.id,
        line_item_id: item.id,
        product_id: item.product_id ?? "",
        producer_id: item.product_id ? (producerByProduct.get(item.product_id) ?? null) : null,
        fulfilment: method?.fulfilment ?? "delivery",
        stock_location_id: locationId,
        sales_point_id: salesPointId,
        quantity: numeric(item.quantity ?? item.detail?.quantity),
      }
    })
  )
  return { allocationIds: created.map((allocation) => allocation.id), movedReservationIds }
}
