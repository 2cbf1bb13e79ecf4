import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { vietnamesePhone } from "../../../../checkout/address"
import { provinceSlugs } from "../../../../checkout/zones"
import { parseInput } from "../../../validation"

// Only the fields given are checked: a cart is filled in step by step. Completion checks the whole.
const addressFields = z
  .object({
    phone: vietnamesePhone.optional(),
    country_code: z.literal("vn", { message: "chỉ giao hàng trong Việt Nam / delivery within Vietnam only" }).optional(),
    province: z.string().refine((slug) => provinceSlugs.has(slug), "tỉnh/thành phố không hợp lệ (dùng 34 tỉnh, thành từ 1/7/2025) / unknown province").optional(),
  })
  .passthrough()

const CartAddresses = z
  .object({ shipping_address: addressFields.optional(), billing_address: addressFields.optional() })
  .passthrough()

/** Checks Vietnamese phone numbers and post-2025 provinces on cart updates, and normalises phones. */
export function validateCartAddresses(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = parseInput(CartAddresses, req.body ?? {}, "body")
    // Medusa's own validator may already have copied the body to validatedBody: normalise both.
    for (const source of [req.body, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody]) {
      for (const key of ["shipping_address", "billing_address"] as const) {
        const given = (source as Record<string, Record<string, unknown> | undefined> | undefined)?.[key]
        if (given && body[key]?.phone) given.phone = body[key]!.phone
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}
