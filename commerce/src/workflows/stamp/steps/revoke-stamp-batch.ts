import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAMP_MODULE } from "../../../modules/stamp"
import type StampModuleService from "../../../modules/stamp/service"

/** Marks a batch revoked with who, when and why; compensation puts it back as it was. */
export const revokeStampBatchStep = createStep(
  "revoke-stamp-batch",
  async (input: { batch_id: string; reason: string; actor: string }, { container }) => {
    const stamps = container.resolve<StampModuleService>(STAMP_MODULE)
    const batch = await stamps.retrieveStampBatch(input.batch_id)
    if (batch.status === "revoked") throw new MedusaError(MedusaError.Types.CONFLICT, `Batch ${batch.id} was already revoked on ${new Date(batch.revoked_at!).toISOString().slice(0, 10)}`)
    const updated = await stamps.updateStampBatches({ id: batch.id, status: "revoked", revoked_reason: input.reason, revoked_by: input.actor, revoked_at: new Date() })
    return new StepResponse(updated, batch.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StampModuleService>(STAMP_MODULE).updateStampBatches({ id, status: "active", revoked_reason: null, revoked_by: null, revoked_at: null })
  }
)
