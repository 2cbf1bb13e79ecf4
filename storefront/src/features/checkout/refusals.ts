import type { MessageKey } from "../../i18n/dictionaries"
import type { Flash } from "../../lib/flash"

const problem = (key: MessageKey, values: Flash["values"] = {}): Flash => ({ kind: "error", key, values })

/** Medusa's refusal on completion, worded for the shopper; Medusa's own words follow as the detail. */
export function completionProblem(message: string): Flash {
  if (message.includes("Cannot sell")) return problem("checkoutRefusedNotSellable", { detail: message })
  if (message.includes("Outside the delivery area")) return problem("checkoutRefusedArea", { detail: message })
  if (/inventory|stock|đủ hàng/i.test(message)) return problem("checkoutRefusedStock", { detail: message })
  return problem("checkoutNotPlaced", { detail: message })
}

/**
 * Why commerce refused the delivery address's ward ("Phường Hàng Đào" is now part of Phường Hoàn
 * Kiếm…), without the field path its message starts with; null when the refusal was about
 * something else.
 */
export function wardRefusal(message: string): string | null {
  const field = /(?:shipping|billing)_address\.city: /.exec(message)
  return field ? message.slice(field.index + field[0].length).trim() : null
}
