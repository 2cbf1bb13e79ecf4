const DEFAULT_HOLD_DAYS = 3

/**
 * How many days a sales point keeps a pickup order (`PICKUP_HOLD_DAYS`, the figure the storefront
 * tells shoppers). Read when the configuration loads, so a bad value stops the server at start
 * rather than the hourly job that releases uncollected orders.
 */
export function pickupHoldDays(configured = process.env.PICKUP_HOLD_DAYS): number {
  if (configured === undefined || configured.trim() === "") return DEFAULT_HOLD_DAYS
  if (!/^\d+$/.test(configured.trim()) || Number(configured) < 1) {
    throw new Error(`PICKUP_HOLD_DAYS must be a whole number of days, at least 1 (got "${configured}")`)
  }
  return Number(configured)
}
