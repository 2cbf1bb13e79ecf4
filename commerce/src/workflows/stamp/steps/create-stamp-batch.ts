import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAMP_MODULE } from "../../../modules/stamp"
import type StampModuleService from "../../../modules/stamp/service"

export interface NewStampBatch {
  product_id: string
  certificate_id: string
  producer_handle: string | null
  gtin: string | null
  quantity: number
  lot: string | null
  /** ISO dates (workflow input is serialised). */
  production_date: string | null
  expiry_date: string | null
  issued_by: string
}

/** Records the batch; compensation deletes it (and, by cascade, any stamps already written). */
export const createStampBatchStep = createStep(
  "create-stamp-batch",
  async (input: NewStampBatch, { container }) => {
    const stamps = container.resolve<StampModuleService>(STAMP_MODULE)
    const batch = await stamps.createStampBatches({
      ...input,
      production_date: input.production_date ? new Date(input.production_date) : null,
      expiry_date: input.expiry_date ? new Date(input.expiry_date) : null,
    })
    return new StepResponse(batch, batch.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StampModuleService>(STAMP_MODULE).deleteStampBatches(id)
  }
)
