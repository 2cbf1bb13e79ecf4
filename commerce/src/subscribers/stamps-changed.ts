import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyProducerOfStamps } from "../stamps/producer-notice"
import { STAMP_BATCH_REVOKED } from "../workflows/stamp/issue-stamp-batch"
import { STAMP_VOIDED } from "../workflows/stamp/void-stamp"

type StampEventData = { id: string; reason: string; actor: string }

/** The producer hears when one of its stamps is voided or a batch of its stamps revoked. */
export default async function stampsChanged({ event, container }: SubscriberArgs<StampEventData>) {
  const { id, reason, actor } = event.data
  await notifyProducerOfStamps(container, event.name === STAMP_VOIDED ? { kind: "voided", stampId: id, reason, actor } : { kind: "revoked", batchId: id, reason, actor })
}

export const config: SubscriberConfig = {
  event: [STAMP_VOIDED, STAMP_BATCH_REVOKED],
}
