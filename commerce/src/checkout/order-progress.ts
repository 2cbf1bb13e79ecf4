import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import { OPEN_LINE_STEPS } from "../modules/order-allocation/line-steps"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { SALES_POINT_MODULE } from "../modules/sales-point"
import type SalesPointModuleService from "../modules/sales-point/service"
import { orderPageUrl } from "./confirmation"
import { pickupHeldUntil } from "./hold-period"
import { numeric } from "./numeric"

export const ORDER_PROGRESS_TEMPLATE = "order-progress"

/** The steps of a line the buyer is told about by email: the goods have left, or wait at the counter. */
const TOLD_STEPS = ["shipped", "ready_for_pickup"] as const
type ToldStep = (typeof TOLD_STEPS)[number]

type Allocation = Awaited<ReturnType<OrderAllocationModuleService["listOrderLineAllocations"]>>[number]
export type OrderItem = { id: string; title: string; product_title?: string | null; quantity: number }

export interface DescribedLine {
  id: string
  line_item_id: string
  title: string
  quantity: number
  fulfilment: "delivery" | "pickup"
  status: string
  producer: { id: string; name: string; handle: string } | null
  sales_point: { id: string; name: string; address: string; phone: string | null } | null
  updated_at: string
}

/** Order lines as people read them: the product's title, the producer's name, the sales point's name and address. */
export async function describeLines(container: MedusaContainer, lines: Allocation[], items: OrderItem[]): Promise<DescribedLine[]> {
  const producerIds = [...new Set(lines.map((line) => line.producer_id).filter((id): id is string => Boolean(id)))]
  const salesPointIds = [...new Set(lines.map((line) => line.sales_point_id).filter((id): id is string => Boolean(id)))]
  const [producers, salesPoints] = await Promise.all([
    producerIds.length ? container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerIds }, { select: ["id", "name", "handle"] }) : [],
    salesPointIds.length ? container.resolve<SalesPointModuleService>(SALES_POINT_MODULE).listSalesPoints({ id: salesPointIds }) : [],
  ])
  const producerOf = new Map(producers.map((producer) => [producer.id, { id: producer.id, name: producer.name, handle: producer.handle }]))
  const salesPointOf = new Map(
    salesPoints.map((point) => [point.id, { id: point.id, name: point.name, address: [point.street, point.commune].filter(Boolean).join(", "), phone: point.phone ?? null }])
  )
  const itemOf = new Map(items.map((item) => [item.id, item]))
  return lines.map((line) => {
    const item = itemOf.get(line.line_item_id)
    return {
      id: line.id,
      line_item_id: line.line_item_id,
      title: item?.product_title ?? item?.title ?? "—",
      quantity: numeric(line.quantity),
      fulfilment: line.fulfilment,
      status: line.status,
      producer: (line.producer_id && producerOf.get(line.producer_id)) || null,
      sales_point: (line.sales_point_id && salesPointOf.get(line.sales_point_id)) || null,
      updated_at: new Date(line.updated_at).toISOString(),
    }
  })
}

/**
 * Who fulfils each line of an order and where it stands, for the programme office's order page:
 * the producer, the sales point it ships from or waits at, and its step. Null for an unknown order.
 */
export async function orderLinesForOffice(container: MedusaContainer, orderId: string): Promise<DescribedLine[] | null> {
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.product_title", "items.quantity"],
    filters: { id: orderId },
  })) as { data: { id: string; items: OrderItem[] }[] }
  if (!data[0]) return null
  const lines = await container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).listOrderLineAllocations({ order_id: orderId }, { order: { created_at: "ASC" } })
  return describeLines(container, lines, data[0].items)
}

export interface OpenProducerLine extends DescribedLine {
  order: { id: string; display_id: number | null; placed_at: string | null }
}

/**
 * A producer's order lines still to be worked on, those waiting longest first, for the programme
 * office: before suspending a producer it sees which buyers are waiting on it, and afterwards
 * whether the producer still fulfils them.
 */
export async function openLinesOfProducer(container: MedusaContainer, producerId: string, limit: number): Promise<{ count: number; lines: OpenProducerLine[] }> {
  const [lines, count] = await container
    .resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
    .listAndCountOrderLineAllocations({ producer_id: producerId, status: [...OPEN_LINE_STEPS] }, { take: limit, order: { created_at: "ASC", id: "ASC" } })
  if (lines.length === 0) return { count, lines: [] }
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "created_at", "items.id", "items.title", "items.product_title", "items.quantity"],
    filters: { id: [...new Set(lines.map((line) => line.order_id))] },
  })) as { data: { id: string; display_id: number | string; created_at: string | Date; items: OrderItem[] }[] }
  const orderOf = new Map(data.map((order) => [order.id, order]))
  const orderIdOf = new Map(lines.map((line) => [line.id, line.order_id]))
  const described = await describeLines(container, lines, data.flatMap((order) => order.items))
  return {
    count,
    lines: described.map((line) => {
      const orderId = orderIdOf.get(line.id)!
      const order = orderOf.get(orderId)
      return { ...line, order: { id: orderId, display_id: order ? Number(order.display_id) : null, placed_at: order ? new Date(order.created_at).toISOString() : null } }
    }),
  }
}

interface ProgressOrder {
  id: string
  display_id: number | string
  email: string | null
  status: string
  created_at: string | Date
  items: OrderItem[]
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

  const described = await describeLines(container, atStep, order.items)
  const salesPoint = step === "ready_for_pickup" ? described.find((line) => line.sales_point)?.sales_point : null

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
      items: described.map((line) => ({ title: line.title, quantity: line.quantity, producer: line.producer?.name ?? null })),
      sales_point: salesPoint ? { name: salesPoint.name, address: salesPoint.address, phone: salesPoint.phone } : null,
      held_until: step === "ready_for_pickup" ? pickupHeldUntil(order.created_at) : null,
      order_url: orderPageUrl(order),
    },
  })
  return true
}
