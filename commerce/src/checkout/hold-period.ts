const HOUR_MS = 60 * 60 * 1000

/** A whole, positive number from the environment, or its default when unset; anything else names the variable and stops. */
function wholeNumber(name: string, unit: string, configured: string | undefined, fallback: number): number {
  if (configured === undefined || configured.trim() === "") return fallback
  if (!/^\d+$/.test(configured.trim()) || Number(configured) < 1) {
    throw new Error(`${name} must be a whole number of ${unit}, at least 1 (got "${configured}")`)
  }
  return Number(configured)
}

/**
 * How many days a sales point keeps a pickup order (`PICKUP_HOLD_DAYS`, the figure the storefront
 * tells shoppers). Read when the configuration loads, so a bad value stops the server at start
 * rather than the hourly job that releases uncollected orders.
 */
export function pickupHoldDays(configured = process.env.PICKUP_HOLD_DAYS): number {
  return wholeNumber("PICKUP_HOLD_DAYS", "days", configured, 3)
}

/**
 * How many hours a bank-transfer order waits for its money (`TRANSFER_PAYMENT_HOURS`, told on the
 * order page, in the confirmation email and the terms of sale) before it is cancelled and its stock
 * goes back on sale.
 */
export function transferPaymentHours(configured = process.env.TRANSFER_PAYMENT_HOURS): number {
  return wholeNumber("TRANSFER_PAYMENT_HOURS", "hours", configured, 48)
}

/** Until when a sales point holds a pickup order: its placing plus the hold (the hourly release job counts the same way). */
export function pickupHeldUntil(placedAt: string | Date, days = pickupHoldDays()): string {
  return new Date(new Date(placedAt).getTime() + days * 24 * HOUR_MS).toISOString()
}

/** When an order paid by bank transfer is cancelled unless its money has arrived. */
export function transferDueAt(placedAt: string | Date, hours = transferPaymentHours()): string {
  return new Date(new Date(placedAt).getTime() + hours * HOUR_MS).toISOString()
}
