import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vietnamDay } from "../../vietnam-calendar"

export interface VoidStampInput {
  serial: string
  reason: string
  actor: string
  /** When a producer voids: only a stamp of these products; any other is "not found", never "forbidden". */
  productIds?: string[]
}

export interface VoidedStamp {
  id: string
  serial: string
  code: string
  batch_id: string
  voided_at: Date
  voided_reason: string
  voided_by: string
}

const COLUMNS = ["id", "serial", "code", "batch_id", "voided_at", "voided_reason", "voided_by"]

/**
 * Voids one stamp, once. The update is conditional on the stamp not being voided yet, so two admins
 * voiding it at the same moment cannot both win; compensation makes it good again.
 */
export const voidStampStep = createStep(
  "void-stamp",
  async (input: VoidStampInput, { container }) => {
    const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const now = new Date()
    const theStamp = () => {
      const stamp = db("stamp").where({ serial: input.serial }).whereNull("deleted_at")
      return input.productIds ? stamp.whereIn("batch_id", db("stamp_batch").select("id").whereIn("product_id", input.productIds)) : stamp
    }
    const [voided] = (await theStamp()
      .whereNull("voided_at")
      .update({ voided_at: now, voided_reason: input.reason, voided_by: input.actor, updated_at: now })
      .returning(COLUMNS)) as VoidedStamp[]
    if (voided) return new StepResponse(voided, voided.id)
    const existing = (await theStamp().first("voided_at")) as { voided_at: Date | null } | undefined
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có tem số sê-ri ${input.serial} / no stamp has serial ${input.serial}`)
    const on = vietnamDay(existing.voided_at!)
    throw new MedusaError(MedusaError.Types.CONFLICT, `Tem ${input.serial} đã bị hủy ngày ${on.vi} / stamp ${input.serial} was already voided on ${on.en}`)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)("stamp").where({ id }).update({ voided_at: null, voided_reason: null, voided_by: null, updated_at: new Date() })
  }
)
