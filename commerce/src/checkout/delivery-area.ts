import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { checkoutRefusal, refusalCodes } from "./refusal"
import { provinceSlugs } from "./zones"

/**
 * Where a product may be delivered when its producer limits it (a potted peach tree travels only
 * across town): product metadata `delivery_area`, the provinces by the slugs addresses use, and how
 * the area reads to a shopper. Pickup at a sales point that holds it is never limited.
 */
export interface DeliveryArea {
  provinces: string[]
  label: { vi: string; en: string }
}

const deliveryAreaSchema = z.object({
  provinces: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).min(1),
  label: z.object({ vi: z.string().trim().min(1), en: z.string().trim().min(1) }),
})

/** A delivery area as a producer sets it: known province slugs, each once, and how the area reads. */
export const deliveryAreaInput = z
  .object({
    provinces: z
      .array(z.string().refine((slug) => provinceSlugs.has(slug), "Tỉnh/thành phố không hợp lệ / Unknown province"))
      .min(1, "Chọn ít nhất một tỉnh/thành / Choose at least one province")
      .max(provinceSlugs.size)
      .refine((slugs) => new Set(slugs).size === slugs.length, "Mỗi tỉnh/thành chỉ một lần / Each province once"),
    label: z.object({ vi: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) }).strict(),
  })
  .strict()

/** The product's delivery area, or null when it is delivered everywhere (or the metadata is not a readable area). */
export function deliveryArea(metadata: Record<string, unknown> | null | undefined): DeliveryArea | null {
  const parsed = deliveryAreaSchema.safeParse(metadata?.["delivery_area"])
  return parsed.success ? parsed.data : null
}

/** Whether a delivery to this province is allowed; an address without a province is not judged yet. */
export function deliversTo(area: DeliveryArea | null, province: string | null | undefined): boolean {
  return !area || !province || area.provinces.includes(province)
}

export const outsideAreaHeading = { vi: "Ngoài khu vực giao hàng", en: "Outside the delivery area" }

export function outsideAreaMessage(area: DeliveryArea): { vi: string; en: string } {
  return {
    vi: `Chỉ giao trong ${area.label.vi}; hãy chọn nhận tại điểm bán hoặc một địa chỉ trong khu vực này.`,
    en: `Delivered only within ${area.label.en}; choose pickup at a sales point or an address there.`,
  }
}

/** Refuses a delivery that would take any of these products outside its area, naming each one and its area. */
export async function assertDeliverable(container: MedusaContainer, productIds: string[], province: string | null | undefined): Promise<void> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (ids.length === 0 || !province) return
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "metadata"],
    filters: { id: ids },
  })) as { data: { id: string; title: string; metadata: Record<string, unknown> | null }[] }
  const outside = data.flatMap((product) => {
    const area = deliveryArea(product.metadata)
    return area && !deliversTo(area, province) ? [{ title: product.title, message: outsideAreaMessage(area) }] : []
  })
  if (outside.length > 0) throw checkoutRefusal(outsideAreaHeading, outside, refusalCodes.outsideDeliveryArea)
}
