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
