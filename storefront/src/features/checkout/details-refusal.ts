import type { Lang } from "../../i18n/dictionaries"
import { inLanguage } from "../../lib/commerce-message"
import type { Flash } from "../../lib/flash"
import type { LineBlock } from "../cart/cart-rules"

/**
 * Why commerce refused to save the details form, for a refusal that is not about the ward. A new
 * address makes Medusa re-price every line, and it refuses the whole update, in its own English,
 * over a line whose product has left the shop: the cart already knows that line is blocked, so the
 * shopper gets the checkout's explanation of blocked lines (the order summary marks the line).
 * Any other refusal keeps commerce's words in the page's language.
 */
export function detailsRefusal(lines: readonly { block: LineBlock | null }[], message: string, lang: Lang): Flash {
  if (lines.some((line) => line.block?.kind === "not_sellable")) return { kind: "error", key: "cartBlockedSummary", values: {} }
  return { kind: "error", key: "checkoutRefused", values: { detail: inLanguage(message, lang) } }
}
