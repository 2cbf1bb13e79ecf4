import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateProducerProductWorkflow } from "../../../../workflows/producer/update-producer-product"
import { parseInput } from "../../../validation"
import { producerScope } from "../../scope"
import { loadOwnProduct, presentProducerProduct } from "../producer-product"
import { ProductIdParams, UpdateProductBody } from "../validators"

/** POST /producer/products/:id — edits title, description, origin story (vi/en), delivery area, and each pack's name and VND price of the producer's own product. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const { id } = parseInput(ProductIdParams, req.params, "path")
  const body = parseInput(UpdateProductBody, req.body ?? {}, "body")
  const product = await loadOwnProduct(req, producer.id, id)

  const own = (product.variants ?? []).filter((v): v is NonNullable<typeof v> => Boolean(v))
  const ownPack = (variantId: string) => {
    if (!own.some((v) => v.id === variantId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sản phẩm này không có gói này / Variant ${variantId} was not found on this product`)
    return variantId
  }
  let variants: { id: string; title?: string; prices?: { amount: number; currency_code: string }[] }[] | undefined
  if (body.price !== undefined) {
    const variantId = body.variant_id ?? (own.length === 1 ? own[0]!.id : undefined)
    if (!variantId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Sản phẩm có nhiều quy cách: hãy chọn variant_id. / This product has several packs: give variant_id.")
    variants = [{ id: ownPack(variantId), prices: [{ amount: body.price, currency_code: "vnd" }] }]
  }
  if (body.packs) {
    variants = body.packs.map((pack) => ({
      id: ownPack(pack.id),
      ...(pack.title !== undefined ? { title: pack.title } : {}),
      ...(pack.price !== undefined ? { prices: [{ amount: pack.price, currency_code: "vnd" }] } : {}),
    }))
  }

  // Only the keys this edit changes: Medusa merges metadata, and the photo-variants workflow may be
  // writing its own key at the same moment.
  const metadata: Record<string, unknown> = {}
  if (body.story_vi !== undefined) metadata.story_vi = body.story_vi
  if (body.story_en !== undefined) metadata.story_en = body.story_en
  if (body.delivery_area !== undefined) metadata.delivery_area = body.delivery_area
  await updateProducerProductWorkflow(req.scope).run({
    input: {
      product: {
        id,
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        metadata,
      },
      packs: variants ?? [],
    },
  })
  res.json({ product: presentProducerProduct(await loadOwnProduct(req, producer.id, id)) })
}
