import { MedusaError } from "@medusajs/framework/utils"

/**
 * Why checkout refuses some products, in both languages: `Heading: "title" — why; … / Heading: …`,
 * one wording whichever route or hook refuses.
 */
export function checkoutRefusal(heading: { vi: string; en: string }, products: { title: string; message: { vi: string; en: string } }[]): MedusaError {
  const list = (lang: "vi" | "en") => products.map((product) => `"${product.title}" — ${product.message[lang]}`).join("; ")
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, `${heading.vi}: ${list("vi")} / ${heading.en}: ${list("en")}`)
}
