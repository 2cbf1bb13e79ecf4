import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_STATUS_CHANGED, type ProducerStatusChangedData } from "../workflows/producer/events"
import { notifyProducerStatusStep } from "../workflows/producer/steps/notify-producer-status"

const notifyProducerStatusWorkflow = createWorkflow("notify-producer-of-status", (change: ProducerStatusChangedData) => {
  return new WorkflowResponse(notifyProducerStatusStep(change))
})

/** Tells a producer and the members of its portal that the programme office suspended or reinstated it. */
export default async function producerStatusChanged({ event, container }: SubscriberArgs<ProducerStatusChangedData>) {
  await notifyProducerStatusWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: PRODUCER_STATUS_CHANGED,
}
