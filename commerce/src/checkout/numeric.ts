import { BigNumber } from "@medusajs/framework/utils"

/**
 * A quantity or amount as a plain number. Medusa's order and inventory modules hand these back as
 * BigNumber objects (or raw values), on which Number() gives NaN; missing counts as 0.
 */
export function numeric(value: unknown): number {
  return new BigNumber((value ?? 0) as number).numeric
}
