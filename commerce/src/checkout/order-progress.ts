import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { SALES_POINT_MODULE } from "../modules/sales-point"
import type SalesPointModuleService from "../modules/sales-point/service"
import { orderPageUrl } from "./confirmation"
import { pickupHoldDays } from "./hold-period"
import { numeric } from "./numeric"

export const ORDER_PROGRESS_TEMPLATE = "order-progress"

/** The steps of a line the buyer is told about by email: the goods have left, or wait at the counter. */
const TOLD_STEPS = ["shipped", "ready_for_pickup"] as const
type ToldStep = (typeof TOLD_STEPS)[number]

const DAY_MS = 24 * 60 * 60 * 1000

export interface LineProgress {
  line_item_id: string
  status: string
  fulfilment: "delivery" | "pickup"
}

/** Where each line of the order stands with its producer, for the buyer's order page. */
export async function orderLineProgress(container: MedusaContainer, orderId: string): Promise<LineProgress[]> {
  const lines = await container
    .resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
    .listOrderLineAllocations({ order_id: orderId }, { select: ["line_item_id", "status", "fulfilment"] })
  return lines.map((line) => ({ line_item_id: line.line_item_id, status: line.status, fulfilment: line.fulfilment }))
}

interface ProgressOrder {
  id: string
  display_id: number | string
  email: string | null
  status: string
  created_at: string | Date
  items: { id: string; title: string; product_title?: string | null; quantity: number }[]
  cart?: { id: string } | null
}

/** The line ids earlier progress emails of this order already named for this step. */
async function linesAlreadyTold(container: MedusaContainer, orderId: string, step: ToldStep): Promise<Set<string>> {
  const sent = await container
    .resolve(Modules.NOTIFICATION)
    .listNotifications({ resource_id: orderId, resource_type: "order", template: ORDER_PROGRESS_TEMPLATE }, { select: ["data"] })
  return new Set(
    sent
      .filter((notification) => notification.data?.["status"] === step)
      .flatMap((notification) => (Array.isArray(notification.data?.["line_ids"]) ? (notification.data["line_ids"] as string[]) : []))
  )
}

/**
 * Tells the buyer that goods of their order were shipped or are ready at the sales point. A producer
 * moves its lines one by one, so one email names every line of the order now at that step that no
 * earlier email named; the next line's event then finds itself told and sends nothing.
 */
export async function sendOrderProgress(container: MedusaContainer, allocationId: string): Promise<boolean> {
  const allocations = container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
  const [moved] = await allocations.listOrderLineAllocations({ id: allocationId })
  if (!moved || !(TOLD_STEPS as readonly string[]).includes(moved.status)) return false
  const step = moved.status as ToldStep

  const told = await linesAlreadyTold(container, moved.order_id, step)
  if (told.has(moved.id)) return false
  const atStep = (await allocations.listOrderLineAllocations({ order_id: moved.order_id, status: step })).filter((line) => !told.has(line.id))
  if (atStep.length === 0) return false

  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "email", "status", "created_at", "items.id", "items.title", "items.product_title", "items.quantity", "cart.id"],
    filters: { id: moved.order_id },
  })) as { data: ProgressOrder[] }
  const order = data[0]
  if (!order?.email || order.status === "canceled") return false

  const producerIds = [...new Set(atStep.map((line) => line.producer_id).filter((id): id is string => Boolean(id)))]
  const producers = producerIds.length
    ? await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerIds }, { select: ["id", "name"] })
    : []
  const producerName = new Map(producers.map((producer) => [producer.id, producer.name]))
  const itemOf = new Map(order.items.map((item) => [item.id, item]))
  const salesPointId = step === "ready_for_pickup" ? atStep.find((line) => line.sales_point_id)?.sales_point_id : null
  const [salesPoint] = salesPointId ? await container.resolve<SalesPointModuleService>(SALES_POINT_MODULE).listSalesPoints({ id: salesPointId }) : []

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: ORDER_PROGRESS_TEMPLATE,
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: `${ORDER_PROGRESS_TEMPLATE}:${moved.id}:${step}`,
    data: {
      display_id: order.display_id,
      status: step,
      line_ids: atStep.map((line) => line.id),
      items: atStep.map((line) => {
        const item = itemOf.get(line.line_item_id)
        return { title: item?.product_title ?? item?.title ?? "—", quantity: numeric(line.quantity), producer: (line.producer_id && producerName.get(line.producer_id)) || null }
      }),
      sales_point: salesPoint
        ? { name: salesPoint.name, address: [salesPoint.street, salesPoint.commune].filter(Boolean).join(", "), phone: salesPoint.phone ?? null }
        : null,
      // The sales point holds the order from the day it was placed (the hourly release job counts the same way).
      held_until: step === "ready_for_pickup" ? new Date(new Date(order.created_at).getTime() + pickupHoldDays() * DAY_MS).toISOString() : null,
      order_url: orderPageUrl(order),
    },
  })
  return true
}
