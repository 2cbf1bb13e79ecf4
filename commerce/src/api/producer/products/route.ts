import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProducerProductWorkflow } from "../../../workflows/producer/create-producer-product"
import { parseInput } from "../../validation"
import { producerScope } from "../scope"
import { loadOwnProduct, presentProducerProduct, productFields } from "./producer-product"
import { CreateProductBody } from "./validators"

/** GET /producer/products — the producer's products, whether each is on sale, and why not. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: productFields.map((field) => `products.${field}`), filters: { id: producer.id } })
  const rows = ((data[0] as { products?: unknown[] } | undefined)?.products ?? []).filter(Boolean) as Parameters<typeof presentProducerProduct>[0][]
  const now = new Date()
  res.json({ products: rows.map((row) => presentProducerProduct(row, now)).sort((a, b) => a.title.localeCompare(b.title, "vi")) })
}

/** POST /producer/products — a new draft product of this producer (published later, once certified). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const body = parseInput(CreateProductBody, req.body ?? {}, "body")
  const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { ...body, producer_id: producer.id, sales_channel_id: store?.default_sales_channel_id ?? null },
  })
  res.status(201).json({ product: presentProducerProduct(await loadOwnProduct(req, producer.id, result.id)) })
}
