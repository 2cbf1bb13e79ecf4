import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendExpiryRemindersWorkflow } from "../workflows/certification/send-expiry-reminders"

/** Daily at 07:00 Vietnam time (00:00 UTC): expiry reminders at 90, 30 and 7 days. */
export default async function certificateExpiryRemindersJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await sendExpiryRemindersWorkflow(container).run({ input: {} })
  if (result.length > 0) logger.info(`Sent ${result.length} OCOP certificate expiry reminder(s)`)
}

export const config = {
  name: "ocop-certificate-expiry-reminders",
  schedule: "0 0 * * *",
}
