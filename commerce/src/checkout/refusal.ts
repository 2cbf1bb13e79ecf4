import { MedusaError } from "@medusajs/framework/utils"

/**
 * What kind of checkout refusal it is, as Medusa's error `code` (Medusa's own for stock), so a client
 * such as the storefront words it in its own language without reading the bilingual message.
 */
export const refusalCodes = {
  notSellable: "not_sellable",
  outsideDeliveryArea: "outside_delivery_area",
  insufficientStock: MedusaError.Codes.INSUFFICIENT_INVENTORY,
} as const

export type RefusalCode = (typeof refusalCodes)[keyof typeof refusalCodes]

/**
 * Why checkout refuses some products, in both languages: `Heading: "title" — why; … / Heading: …`,
 * one wording whichever route or hook refuses, and its kind as the error's code.
 */
export function checkoutRefusal(heading: { vi: string; en: string }, products: { title: string; message: { vi: string; en: string } }[], code: RefusalCode): MedusaError {
  const list = (lang: "vi" | "en") => products.map((product) => `"${product.title}" — ${product.message[lang]}`).join("; ")
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, `${heading.vi}: ${list("vi")} / ${heading.en}: ${list("en")}`, code)
}

/**
 * Whether this is Medusa refusing to reserve stock in its own words (English, internal ids, no
 * code): a sales point's stock went between the cart's check and the reservation, e.g. a sale at
 * the counter or a stock edit, as each line is reserved at one location.
 */
export function isUnwordedStockRefusal(error: { type?: string; code?: string; message?: string }): boolean {
  if (error.code) return false
  const message = error.message ?? ""
  if (error.type === MedusaError.Types.NOT_ALLOWED) return /^Not enough stock available for item \S+ at location /.test(message)
  if (error.type === MedusaError.Types.NOT_FOUND) return /^Item \S+ is not stocked at location /.test(message)
  return false
}
