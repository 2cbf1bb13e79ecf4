import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { chooseProductHandleStep } from "./steps/choose-product-handle"

export interface CreateProducerProductInput {
  producer_id: string
  title: string
  description?: string
  story_vi?: string
  story_en?: string
  price: number
  sales_channel_id?: string | null
}

/** A producer's new product: a draft with one pack at a VND price, linked to the producer. */
export const createProducerProductWorkflow = createWorkflow("create-producer-product", (input: CreateProducerProductInput) => {
  const handle = chooseProductHandleStep({ title: input.title })
  const products = transform({ input, handle }, ({ input, handle }) => ({
    products: [
      {
        title: input.title,
        handle,
        description: input.description,
        status: ProductStatus.DRAFT,
        metadata: { story_vi: input.story_vi ?? null, story_en: input.story_en ?? null },
        sales_channels: input.sales_channel_id ? [{ id: input.sales_channel_id }] : [],
        options: [{ title: "Quy cách", values: ["Mặc định"] }],
        variants: [
          { title: "Mặc định", manage_inventory: true, options: { "Quy cách": "Mặc định" }, prices: [{ amount: input.price, currency_code: "vnd" }] },
        ],
      },
    ],
  }))
  const created = createProductsWorkflow.runAsStep({ input: products })
  const links = transform({ created, input }, ({ created, input }) => [
    { [PRODUCER_MODULE]: { producer_id: input.producer_id }, [Modules.PRODUCT]: { product_id: created[0]!.id } },
  ])
  createRemoteLinkStep(links)
  const product = transform({ created }, ({ created }) => ({ id: created[0]!.id, handle: created[0]!.handle, status: created[0]!.status }))
  return new WorkflowResponse(product)
})
