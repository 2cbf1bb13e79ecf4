import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalOrdersUrl } from "../../../checkout/producer-order-notice"
import { ORDER_ALLOCATION_MODULE } from "../../../modules/order-allocation"
import type OrderAllocationModuleService from "../../../modules/order-allocation/service"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { producerRecipients } from "../../../modules/producer/contact"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerStatusChangedData } from "../events"

export const PRODUCER_STATUS_TEMPLATE = "producer-status-changed"

/**
 * Tells the producer (its public contact address and every member of its portal) that the office
 * suspended it, why, and how many order lines it must still fulfil; or that it was reinstated.
 * Not compensated: a sent message cannot be unsent.
 */
export const notifyProducerStatusStep = createStep("notify-producer-status", async (change: ProducerStatusChangedData, { container }) => {
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const suspended = change.status === "suspended"
  const [[producer], members, openLines] = await Promise.all([
    producers.listProducers({ id: change.id }, { select: ["id", "name", "email"] }),
    producers.listProducerMembers({ producer_id: change.id }, { select: ["email"] }),
    suspended ? container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).countOpenLinesByProducer([change.id]) : new Map<string, number>(),
  ])
  if (!producer) return new StepResponse(0)
  const data = suspended
    ? { producer: producer.name, status: change.status, reason: change.reason, open_lines: openLines.get(change.id) ?? 0, portal_url: portalOrdersUrl() }
    : { producer: producer.name, status: change.status }
  const messages = producerRecipients(producer, members).map((to) => ({
    to,
    channel: "email",
    template: PRODUCER_STATUS_TEMPLATE,
    data,
    resource_id: change.id,
    resource_type: "producer",
    idempotency_key: `${PRODUCER_STATUS_TEMPLATE}:${change.id}:${change.status}:${change.changed_at}:${to}`,
  }))
  if (messages.length > 0) await container.resolve(Modules.NOTIFICATION).createNotifications(messages)
  return new StepResponse(messages.length)
})
