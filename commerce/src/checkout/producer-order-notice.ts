import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_ALLOCATION_MODULE } from "../modules/order-allocation"
import type OrderAllocationModuleService from "../modules/order-allocation/service"
import { PRODUCER_MODULE } from "../modules/producer"
import { producerRecipients } from "../modules/producer/contact"
import type ProducerModuleService from "../modules/producer/service"
import { describeLines, type OrderItem } from "./order-progress"

export const PRODUCER_NEW_ORDER_TEMPLATE = "producer-new-order"

interface NoticeOrder {
  id: string
  display_id: number | string
  items: OrderItem[]
}

/** The producer portal's order list, where a producer prepares its lines. */
export function portalOrdersUrl(): string {
  return `${process.env.STOREFRONT_URL || "http://localhost:4321"}/producer/don-hang`
}

/**
 * Each producer with lines in a new order hears of them at once (its members and its public
 * contact address): what to prepare, how many, and whether it is delivered or collected at which
 * sales point. Only its own lines, and nothing of the buyer: the portal shows the delivery details
 * to members who sign in. Once per producer and address, however often order.placed comes.
 */
export async function notifyProducersOfOrder(container: MedusaContainer, orderId: string): Promise<number> {
  const lines = await container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).listOrderLineAllocations({ order_id: orderId, status: "placed" })
  const producerIds = [...new Set(lines.map((line) => line.producer_id).filter((id): id is string => Boolean(id)))]
  if (producerIds.length === 0) return 0
  const producerModule = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [{ data }, producers, members] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "display_id", "items.id", "items.title", "items.product_title", "items.quantity"],
      filters: { id: orderId },
    }) as Promise<{ data: NoticeOrder[] }>,
    producerModule.listProducers({ id: producerIds }, { select: ["id", "name", "email"] }),
    producerModule.listProducerMembers({ producer_id: producerIds }, { select: ["producer_id", "email"] }),
  ])
  const order = data[0]
  if (!order) return 0
  const described = await describeLines(container, lines, order.items)

  const messages = producers.flatMap((producer) => {
    const own = described.filter((line) => line.producer?.id === producer.id)
    const recipients = producerRecipients(producer, members.filter((member) => member.producer_id === producer.id))
    const data = {
      display_id: order.display_id,
      producer: producer.name,
      // A delivery's shipping point is the producer's own affair; only a pickup names where the buyer comes.
      items: own.map((line) => ({ title: line.title, quantity: line.quantity, fulfilment: line.fulfilment, sales_point: line.fulfilment === "pickup" ? (line.sales_point?.name ?? null) : null })),
      portal_url: portalOrdersUrl(),
    }
    return recipients.map((to) => ({
      to,
      channel: "email",
      template: PRODUCER_NEW_ORDER_TEMPLATE,
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: `${PRODUCER_NEW_ORDER_TEMPLATE}:${order.id}:${producer.id}:${to}`,
      data,
    }))
  })
  if (messages.length > 0) await container.resolve(Modules.NOTIFICATION).createNotifications(messages)
  return messages.length
}
