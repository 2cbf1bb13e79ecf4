import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalOrdersUrl } from "../../../checkout/producer-order-notice"
import { ORDER_ALLOCATION_MODULE } from "../../../modules/order-allocation"
import type OrderAllocationModuleService from "../../../modules/order-allocation/service"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const PRODUCER_STATUS_TEMPLATE = "producer-status-changed"

/**
 * Tells the producer (its public contact address and every member of its portal) that the office
 * suspended it, why, and how many order lines it must still fulfil; or that it was reinstated.
 * Not compensated: a sent message cannot be unsent, so it runs last.
 */
export const notifyProducerStatusStep = createStep(
  "notify-producer-status",
  async (input: { producer_id: string; status: string; status_reason: string | null; name: string }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [[producer], members, openLines] = await Promise.all([
      producers.listProducers({ id: input.producer_id }, { select: ["id", "email"] }),
      producers.listProducerMembers({ producer_id: input.producer_id }, { select: ["email"] }),
      container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).countOpenLinesByProducer([input.producer_id]),
    ])
    const recipients = new Set([producer?.email, ...members.map((member) => member.email)].filter((email): email is string => Boolean(email)).map((email) => email.toLowerCase()))
    const data = { producer: input.name, status: input.status, reason: input.status_reason, open_lines: openLines.get(input.producer_id) ?? 0, portal_url: portalOrdersUrl() }
    const messages = [...recipients].map((to) => ({ to, channel: "email", template: PRODUCER_STATUS_TEMPLATE, data, resource_id: input.producer_id, resource_type: "producer" }))
    if (messages.length > 0) await container.resolve(Modules.NOTIFICATION).createNotifications(messages)
    return new StepResponse(messages.length)
  }
)
