/**
 * The steps of an order line still to be worked on: a cancellation moves them to "canceled", a
 * delivered line stays delivered. No framework imports, so the admin dashboard reads the same list.
 */
export const OPEN_LINE_STEPS = ["placed", "prepared", "shipped", "ready_for_pickup"] as const
