import { z } from "@medusajs/framework/zod"
import { deliveryAreaInput } from "../../../checkout/delivery-area"

const productId = z.string().regex(/^prod_[0-9A-Z]{26}$/, "id must be a product id (prod_…)")
export const ProductIdParams = z.object({ id: productId })
export const ProductImageParams = z.object({ id: productId, image_id: z.string().regex(/^img_[0-9A-Z]{26}$/, "image_id must be a photo id (img_…)") })

// VND has no minor unit; the cap keeps a typo (an extra few zeros) from reaching the shop.
const priceVnd = z.number().int("giá phải là số nguyên đồng / price must be whole đồng").positive().max(1_000_000_000)
const story = z.string().max(10_000)

export const CreateProductBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().max(10_000).optional(),
    story_vi: story.optional(),
    story_en: story.optional(),
    price: priceVnd,
  })
  .strict()

const variantId = z.string().regex(/^variant_[0-9A-Z]{26}$/, "variant_id must be a variant id (variant_…)")

/** One pack (variant) of the product: its name as shoppers read it ("Hộp 500 g") and its VND price. */
const PackChange = z
  .object({ id: variantId, title: z.string().trim().min(1).max(80).optional(), price: priceVnd.optional() })
  .strict()
  .refine((pack) => pack.title !== undefined || pack.price !== undefined, "a pack change needs a title or a price")

export const UpdateProductBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(10_000).nullable().optional(),
    story_vi: story.nullable().optional(),
    story_en: story.nullable().optional(),
    // Where the product may be delivered; null: everywhere. Pickup at a sales point is never limited.
    delivery_area: deliveryAreaInput.nullable().optional(),
    price: priceVnd.optional(),
    // Needed only when the product has several packs: which one the price is for.
    variant_id: variantId.optional(),
    packs: z
      .array(PackChange)
      .min(1)
      .max(50)
      .refine((packs) => new Set(packs.map((pack) => pack.id)).size === packs.length, "each pack may appear once")
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== "variant_id"), "nothing to change")
  .refine((body) => body.price === undefined || body.packs === undefined, "give either price or packs, not both")

export type CreateProductBody = z.infer<typeof CreateProductBody>
export type UpdateProductBody = z.infer<typeof UpdateProductBody>
