import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { parseInput } from "../../../validation"
import { producerScope } from "../../scope"
import { loadOwnProduct, presentProducerProduct } from "../producer-product"
import { ProductIdParams, UpdateProductBody } from "../validators"

/** POST /producer/products/:id — edits title, description, origin story (vi/en) and VND price of the producer's own product. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const { id } = parseInput(ProductIdParams, req.params, "path")
  const body = parseInput(UpdateProductBody, req.body ?? {}, "body")
  const product = await loadOwnProduct(req, producer.id, id)

  let variants: { id: string; prices: { amount: number; currency_code: string }[] }[] | undefined
  if (body.price !== undefined) {
    const own = (product.variants ?? []).filter((v): v is NonNullable<typeof v> => Boolean(v))
    const variantId = body.variant_id ?? (own.length === 1 ? own[0]!.id : undefined)
    if (!variantId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Sản phẩm có nhiều quy cách: hãy chọn variant_id. / This product has several packs: give variant_id.")
    if (!own.some((v) => v.id === variantId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} was not found on this product`)
    variants = [{ id: variantId, prices: [{ amount: body.price, currency_code: "vnd" }] }]
  }

  const metadata = { ...(product.metadata ?? {}) }
  if (body.story_vi !== undefined) metadata.story_vi = body.story_vi
  if (body.story_en !== undefined) metadata.story_en = body.story_en
  await updateProductsWorkflow(req.scope).run({
    input: {
      products: [
        {
          id,
          ...(body.title !== undefined ? { title: body.title } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
          metadata,
          ...(variants ? { variants } : {}),
        },
      ],
    },
  })
  res.json({ product: presentProducerProduct(await loadOwnProduct(req, producer.id, id)) })
}
