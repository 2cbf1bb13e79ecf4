import type { Lang } from "../../i18n/dictionaries"
import { formatAddress } from "../../lib/format"
import { provinceLabel } from "../province/provinces"
import type { LineStatus, OrderLine, PortalCertificate, StockRow } from "./types"

/** A certificate this close to its end date needs the producer to apply for re-assessment now. */
export const EXPIRY_WARNING_DAYS = 90
/** At or below this many units a pack at a sales point is "running low". */
export const LOW_STOCK = 5

// Vietnam has had no daylight saving since 1975: its months start at 00:00 UTC+7.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The first instant of the Vietnamese calendar month containing `now`. */
export function startOfVietnamMonth(now: Date): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - VIETNAM_OFFSET_MS)
}

export function linesToPrepare(lines: OrderLine[]): OrderLine[] {
  return lines.filter((line) => line.status === "placed")
}

export function expiringCertificates(certificates: PortalCertificate[], withinDays = EXPIRY_WARNING_DAYS): PortalCertificate[] {
  return certificates.filter((certificate) => certificate.in_force && certificate.days_left <= withinDays).sort((a, b) => a.days_left - b.days_left)
}

/** Packs whose units still on sale (stocked minus reserved for orders) are at or below LOW_STOCK. */
export function lowStock(stock: StockRow[], threshold = LOW_STOCK): StockRow[] {
  return stock.filter((row) => row.available_quantity <= threshold).sort((a, b) => a.available_quantity - b.available_quantity)
}

/** The producer's own line totals of orders placed this Vietnamese month; cancelled lines are not sales. */
export function salesThisMonth(lines: OrderLine[], now: Date): { total: number; lines: number } {
  const from = startOfVietnamMonth(now).getTime()
  let total = 0
  let count = 0
  for (const line of lines) {
    if (line.status === "canceled" || !line.item || !line.order.placed_at) continue
    const placed = new Date(line.order.placed_at).getTime()
    if (placed < from || placed > now.getTime()) continue
    total += line.item.unit_price * line.quantity
    count += 1
  }
  return { total, lines: count }
}

/**
 * The statuses a producer may move a line to next (commerce enforces the same steps,
 * workflows/producer/steps/set-order-line-status.ts): goods of a bank transfer still awaited are
 * prepared but not sent.
 */
export function nextStatuses(line: Pick<OrderLine, "status" | "fulfilment"> & { order: Pick<OrderLine["order"], "payment"> }): Exclude<LineStatus, "placed" | "canceled">[] {
  if (line.status === "placed") return ["prepared"]
  if (line.status === "prepared") return line.order.payment.status === "awaiting_transfer" ? [] : [line.fulfilment === "delivery" ? "shipped" : "ready_for_pickup"]
  if (line.status === "shipped" || line.status === "ready_for_pickup") return ["delivered"]
  return []
}

/** Where a delivery line goes, as the courier writes it: street, ward, then the province's name (commerce stores its slug). */
export function deliveryAddress(line: Pick<OrderLine, "recipient">, lang: Lang): string | null {
  const address = line.recipient?.address
  if (!address) return null
  return formatAddress(address.address_1, address.address_2, address.commune, address.province && provinceLabel(address.province, lang))
}
