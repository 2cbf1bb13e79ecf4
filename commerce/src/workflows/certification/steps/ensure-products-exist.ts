import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Refuses unknown product ids before anything is written. */
export const ensureProductsExistStep = createStep("ensure-products-exist", async (productIds: string[], { container }) => {
  const unique = [...new Set(productIds)]
  if (unique.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Giấy chứng nhận phải gắn với ít nhất một sản phẩm / A certificate must cover at least one product")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: unique } })
  const found = new Set(data.map((p: { id: string }) => p.id))
  const missing = unique.filter((id) => !found.has(id))
  if (missing.length > 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không tìm thấy sản phẩm / Unknown product(s): ${missing.join(", ")}`)
  return new StepResponse(unique)
})
