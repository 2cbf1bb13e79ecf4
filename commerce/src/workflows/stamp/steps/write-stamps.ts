import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAMP_MODULE } from "../../../modules/stamp"
import type StampModuleService from "../../../modules/stamp/service"
import { insertStamps } from "../../../stamps/issue"

/** Writes the batch's stamps in bulk with fresh serials and signed codes; compensation removes them. */
export const writeStampsStep = createStep(
  "write-stamps",
  async (input: { batch_id: string; quantity: number }, { container }) => {
    const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const { keyring } = container.resolve<StampModuleService>(STAMP_MODULE).settings
    await insertStamps(db, keyring, input.batch_id, input.quantity)
    return new StepResponse(input.quantity, input.batch_id)
  },
  async (batchId, { container }) => {
    if (!batchId) return
    const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    await db("stamp").where({ batch_id: batchId }).delete()
  }
)
