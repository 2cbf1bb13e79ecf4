import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificatesWorkflow } from "../workflows/certification/expire-certificates"

const BATCH_SIZE = 500

/** Every minute: certificates past valid_until become expired and their products leave the shop. */
export default async function expireCertificatesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = new Date().toISOString()
  let total = 0
  for (;;) {
    const { result } = await expireCertificatesWorkflow(container).run({ input: { now, batch_size: BATCH_SIZE } })
    total += result?.length ?? 0
    if (!result || result.length < BATCH_SIZE) break
  }
  if (total > 0) logger.info(`Expired ${total} OCOP certificate(s) whose validity ended`)
}

export const config = {
  name: "expire-ocop-certificates",
  schedule: "* * * * *",
}
