import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { runPrepared } from "../database/prepared-statement"
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

// Whose each product is and which sales point each stock location is, in one prepared statement
// instead of six query.graph reads across the product, producer, stock location and sales point modules.
const LINE_OWNERS_SQL = `
SELECT
  (SELECT coalesce(json_object_agg(pl.product_id, pr.id), '{}')
     FROM producer_producer_product_product pl
     JOIN product p ON p.id = pl.product_id AND p.deleted_at IS NULL
     JOIN producer pr ON pr.id = pl.producer_id AND pr.deleted_at IS NULL
     WHERE pl.product_id = ANY($1) AND pl.deleted_at IS NULL) AS "producerByProduct",
  (SELECT coalesce(json_object_agg(spl.stock_location_id, sp.id), '{}')
     FROM sales_point_sales_point_stock_location_stock_location spl
     JOIN stock_location sl ON sl.id = spl.stock_location_id AND sl.deleted_at IS NULL
     JOIN sales_point sp ON sp.id = spl.sales_point_id AND sp.deleted_at IS NULL
     WHERE spl.stock_location_id = ANY($2) AND spl.deleted_at IS NULL) AS "salesPointByLocation"`

interface LineOwners {
  producerByProduct: Record<string, string>
  salesPointByLocation: Record<string, string>
}

async function readLineOwners(db: Knex, productIds: string[], locationIds: string[]): Promise<LineOwners> {
  const [owners] = await runPrepared<LineOwners>(db, "ocop-order-line-owners", LINE_OWNERS_SQL, [productIds, locationIds])
  return owners!
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
  const reservationLocations = [...new Set(reservations.map((reservation) => reservation.location_id))]
  const { producerByProduct, salesPointByLocation } = await readLineOwners(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), productIds, reservationLocations)

  const created = await allocations.createOrderLineAllocations(
    order.items.map((item) => {
      const locationId = reservations.find((reservation) => reservation.line_item_id === item.id)?.location_id ?? (method?.fulfilment === "pickup" ? method.stockLocationId : null)
      const salesPointId = locationId ? (salesPointByLocation[locationId] ?? (method?.fulfilment === "pickup" ? method.salesPointId : null)) : null
      return {
        order_id: order.id,
        line_item_id: item.id,
        product_id: item.product_id ?? "",
        producer_id: item.product_id ? (producerByProduct[item.product_id] ?? null) : null,
        fulfilment: method?.fulfilment ?? "delivery",
        stock_location_id: locationId,
        sales_point_id: salesPointId,
        quantity: numeric(item.quantity ?? item.detail?.quantity),
      }
    })
  )
  return { allocationIds: created.map((allocation) => allocation.id), movedReservationIds }
}
