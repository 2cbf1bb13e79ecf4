import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pickupHoldDays } from "../checkout/hold-period"
import { releaseUncollectedPickups } from "../checkout/pickup-hold"

/** Every hour: pickup orders left uncollected past the hold period go back on the sales point's shelf. */
export default async function releaseUncollectedPickupsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const holdDays = pickupHoldDays()
  const released = await releaseUncollectedPickups(container, { holdDays })
  for (const order of released) logger.info(`Canceled pickup order #${order.display_id}: not collected within ${holdDays} days; its goods are on sale again`)
}

export const config = {
  name: "release-uncollected-pickups",
  schedule: "17 * * * *",
}
