import { z } from "astro/zod"
import type { Lang, MessageKey } from "../../i18n/dictionaries"
import { inLanguage } from "../../lib/commerce-message"
import type { Flash } from "../../lib/flash"
import type { LineBlock } from "../cart/cart-rules"

const problem = (key: MessageKey, values: Flash["values"] = {}): Flash => ({ kind: "error", key, values })

/** What commerce's refusal says about itself besides its words (both languages, for API readers). */
export interface Refusal {
  type: string | null
  code: string | null
  details: unknown
  message: string
}

// Commerce's codes for a refused completion (refusalCodes in commerce/src/checkout/refusal.ts).
const completionKeys: Partial<Record<string, MessageKey>> = {
  not_sellable: "checkoutRefusedNotSellable",
  outside_delivery_area: "checkoutRefusedArea",
  insufficient_inventory: "checkoutRefusedStock",
}

/**
 * Commerce's refusal on completion, worded for the shopper in the page's language from its code; the
 * refused lines are then marked in the order summary. Only a refusal of a kind we do not know keeps
 * commerce's own words, as there is nothing else to say.
 */
export function completionProblem(refusal: Refusal): Flash {
  const key = refusal.code ? completionKeys[refusal.code] : undefined
  if (key) return problem(key)
  // Others buying the same goods, or this cart being placed from another tab (commerce's 409).
  if (refusal.type === "conflict") return problem("checkoutConflict")
  return problem("checkoutNotPlaced", { detail: refusal.message })
}

const WardDetails = z.object({
  typed: z.string(),
  suggestions: z.array(z.object({ name: z.string() })),
})

// An old name such as "Phường 12" was used in many districts; naming a few is enough to go on.
const MOST_LISTED = 6

function listed(names: string[]): string {
  const shown = names.slice(0, MOST_LISTED).join(", ")
  return names.length > MOST_LISTED ? `${shown}…` : shown
}

/** The details form's field to mark for a refused ward, and its message with the words that fill it. */
export interface WardProblem {
  field: "ward" | "province"
  key: MessageKey
  values: Flash["values"]
}

/**
 * Why commerce refused the delivery address's ward, from the code and details of its 400
 * (`ward_merged` with the ward that absorbed the one typed, `ward_unknown`, …); null when the
 * refusal was about something else.
 */
export function wardProblem(refusal: Pick<Refusal, "code" | "details">): WardProblem | null {
  if (!refusal.code?.startsWith("ward_")) return null
  const parsed = WardDetails.safeParse(refusal.details)
  const typed = parsed.success ? parsed.data.typed : ""
  const names = parsed.success ? parsed.data.suggestions.map((ward) => ward.name) : []
  switch (refusal.code) {
    case "ward_province":
      return { field: "province", key: "errorProvince", values: {} }
    case "ward_required":
      return { field: "ward", key: "errorRequired", values: {} }
    case "ward_merged":
      if (names.length === 1) return { field: "ward", key: "errorWardMerged", values: { typed, ward: names[0]! } }
      if (names.length > 1) return { field: "ward", key: "errorWardMergedSeveral", values: { typed, wards: listed(names) } }
      break
    case "ward_ambiguous":
      if (names.length > 0) return { field: "ward", key: "errorWardAmbiguous", values: { typed, wards: listed(names) } }
      break
  }
  return { field: "ward", key: "errorWard", values: {} }
}

/**
 * Why commerce refused to save the details form, for a refusal that is not about the ward. A new
 * address makes Medusa re-price every line, and it refuses the whole update, in its own English,
 * over a line whose product has left the shop: the cart already knows that line is blocked, so the
 * shopper gets the checkout's explanation of blocked lines (the order summary marks the line).
 * Any other refusal keeps commerce's words in the page's language.
 */
export function detailsRefusal(lines: readonly { block: LineBlock | null }[], message: string, lang: Lang): Flash {
  if (lines.some((line) => line.block?.kind === "not_sellable")) return problem("cartBlockedSummary")
  return problem("checkoutRefused", { detail: inLanguage(message, lang) })
}
