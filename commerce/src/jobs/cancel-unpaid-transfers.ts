import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { transferPaymentHours } from "../checkout/hold-period"
import { cancelUnpaidTransfers } from "../checkout/unpaid-transfers"

/** Every hour: bank-transfer orders whose money did not arrive in time are cancelled and their stock is on sale again. */
export default async function cancelUnpaidTransfersJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const hours = transferPaymentHours()
  const canceled = await cancelUnpaidTransfers(container, { hours })
  for (const order of canceled) logger.info(`Canceled bank-transfer order #${order.display_id}: no payment within ${hours} hours; its goods are on sale again`)
}

export const config = {
  name: "cancel-unpaid-transfers",
  schedule: "47 * * * *",
}
