import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { transferPaymentHours } from "../checkout/hold-period"
import { cancelUnpaidTransfers, remindUnpaidTransfers } from "../checkout/unpaid-transfers"

/** Every hour: buyers whose bank transfer is due within 12 hours are reminded; orders whose money did not arrive in time are cancelled and their stock is on sale again. */
export default async function cancelUnpaidTransfersJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const hours = transferPaymentHours()
  const reminded = await remindUnpaidTransfers(container, { hours })
  if (reminded.length > 0) logger.info(`Reminded ${reminded.length} buyer(s) that their bank transfer is due`)
  const canceled = await cancelUnpaidTransfers(container, { hours })
  for (const order of canceled) logger.info(`Canceled bank-transfer order #${order.display_id}: no payment within ${hours} hours; its goods are on sale again`)
}

export const config = {
  name: "cancel-unpaid-transfers",
  schedule: "47 * * * *",
}
