import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { writeSearchDocumentsStep } from "./steps/write-search-documents"

export interface SyncSearchIndexInput {
  product_ids: string[]
}

/** Brings the search index in line with the given products (added, changed, delisted or deleted). */
export const syncSearchIndexWorkflow = createWorkflow("sync-search-index", (input: SyncSearchIndexInput) => {
  return new WorkflowResponse(writeSearchDocumentsStep(input))
})
