import { timingSafeEqual } from "node:crypto"
import type { Lang } from "../../i18n/dictionaries"
import type { OrderLineStep, OrderProgress, StoreOrder, StoreShippingMethod } from "../../lib/medusa"

/** Who may read an order: its buyer's browser (the key in the link) or the customer it belongs to. */
export function mayRead(order: Pick<StoreOrder, "cart" | "customer_id">, key: string | null, customerId: string | null): boolean {
  if (customerId && order.customer_id === customerId) return true
  const expected = order.cart?.id
  if (!key || !expected) return false
  const given = Buffer.from(key)
  const wanted = Buffer.from(expected)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

/** The transfer details VietQR put into the payment session (commerce's VietQR provider). */
export interface VietQrTransfer {
  reference: string
  amount: number
  payload: string
  bankName: string
  accountNumber: string
  accountName: string
}

export type PaymentState =
  | { kind: "canceled" }
  | { kind: "canceled_refund" }
  | { kind: "paid" }
  | { kind: "cod" }
  | { kind: "vietqr_awaiting"; transfer: VietQrTransfer | null }
  /** The office recorded part of the money (a transfer that fell short): what came in and what is still owed. */
  | { kind: "partially_paid"; received: number; outstanding: number; transfer: VietQrTransfer | null }
  | { kind: "card" }
  | { kind: "awaiting" }

function text(data: Record<string, unknown> | null | undefined, key: string): string {
  const value = data?.[key]
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : ""
}

export function vietQrTransfer(data: Record<string, unknown> | null | undefined): VietQrTransfer | null {
  const payload = text(data, "qr_payload")
  const amount = Number(data?.["amount"])
  if (!payload || !Number.isInteger(amount)) return null
  return {
    reference: text(data, "reference"),
    amount,
    payload,
    bankName: text(data, "bank_name"),
    accountNumber: text(data, "account_number"),
    accountName: text(data, "account_name"),
  }
}

/** What the shopper must know about paying: done, cash on delivery, a transfer still awaited, or nothing more once canceled. */
export function paymentState(order: Pick<StoreOrder, "payment_status" | "payment_collections"> & Partial<Pick<StoreOrder, "status" | "total" | "summary">>): PaymentState {
  if (order.status === "canceled") {
    const moneyTaken = ["captured", "partially_captured", "refunded", "partially_refunded"].includes(order.payment_status)
    return { kind: moneyTaken ? "canceled_refund" : "canceled" }
  }
  if (order.payment_status === "captured") return { kind: "paid" }
  const collection = order.payment_collections?.[0]
  const payment = collection?.payments?.[0]
  const session = collection?.payment_sessions?.find((candidate) => candidate.status === "authorized") ?? collection?.payment_sessions?.[0]
  const provider = payment?.provider_id ?? session?.provider_id ?? ""
  const transfer = provider === "pp_vietqr_vietqr" ? (vietQrTransfer(payment?.data) ?? vietQrTransfer(session?.data)) : null
  if (order.payment_status === "partially_captured") {
    const received = Number(order.summary?.paid_total ?? 0)
    return { kind: "partially_paid", received, outstanding: Math.max(0, (order.total ?? 0) - received), transfer }
  }
  if (provider === "pp_system_default") return { kind: "cod" }
  if (provider === "pp_vietqr_vietqr") return { kind: "vietqr_awaiting", transfer }
  if (provider === "pp_stripe_stripe") return { kind: "card" }
  return { kind: "awaiting" }
}

/**
 * What the pickup hold says about the end of it, by how the order is paid: an unpaid order is
 * cancelled when the hold ends (commerce's hourly job), a bank transfer not received is cancelled
 * earlier at its own deadline, and a paid order is never cancelled by the marketplace.
 */
export function pickupHoldKey(payment: PaymentState): "pickupHoldUntil" | "pickupHoldUntilTransfer" | "pickupHoldUntilPaid" {
  if (payment.kind === "paid") return "pickupHoldUntilPaid"
  if (payment.kind === "vietqr_awaiting") return "pickupHoldUntilTransfer"
  return "pickupHoldUntil"
}

function methodText(method: StoreShippingMethod | undefined, key: string): string | null {
  const value = method?.data?.[key]
  return typeof value === "string" && value ? value : null
}

/** The sales point a pickup order waits at: checkout keeps its handle on the shipping method. */
export function pickupHandle(order: Pick<StoreOrder, "shipping_methods">): string | null {
  return methodText(order.shipping_methods?.[0], "sales_point_handle")
}

/**
 * Whether the order is collected at a sales point. The store order API exposes neither the option's
 * type nor the cart's metadata; orders placed before checkout kept the point's handle are known by
 * the name commerce gives pickup options ("Nhận tại {sales point}", checkout/setup.ts).
 */
export function isPickup(order: Pick<StoreOrder, "shipping_methods">): boolean {
  return pickupHandle(order) !== null || /^Nhận tại/.test(order.shipping_methods?.[0]?.name ?? "")
}

/** The shipping method's name in the shopper's language (commerce names every option in both). */
export function shippingName(method: StoreShippingMethod, lang: Lang): string {
  return (lang === "en" && methodText(method, "name_en")) || method.name
}

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/** The last day a sales point keeps a pickup order: the order's date plus the hold period. */
export function pickupHeldUntil(placedAt: string, days: number): string {
  return new Date(new Date(placedAt).getTime() + days * DAY_MS).toISOString()
}

/** When an order paid by bank transfer is cancelled unless its money has arrived. */
export function transferDueAt(placedAt: string, hours: number): string {
  return new Date(new Date(placedAt).getTime() + hours * HOUR_MS).toISOString()
}

export type Cancellation =
  | { reason: "pickup_not_collected"; holdDays: number }
  | { reason: "transfer_not_paid"; hours: number }
  | { reason: "buyer_canceled" }
  | { reason: "other" }

/** Why a canceled order was canceled, when the marketplace or the buyer did it (commerce tells, from the order's metadata). */
export function cancellation(order: Pick<StoreOrder, "status">, state: Pick<OrderProgress, "cancel_reason" | "pickup_hold_days" | "transfer_payment_hours">): Cancellation | null {
  if (order.status !== "canceled") return null
  const holdDays = state.pickup_hold_days
  const hours = state.transfer_payment_hours
  if (state.cancel_reason === "pickup_not_collected" && holdDays !== null && Number.isInteger(holdDays) && holdDays > 0) return { reason: "pickup_not_collected", holdDays }
  if (state.cancel_reason === "transfer_not_paid" && hours !== null && Number.isInteger(hours) && hours > 0) return { reason: "transfer_not_paid", hours }
  if (state.cancel_reason === "buyer_canceled") return { reason: "buyer_canceled" }
  return { reason: "other" }
}

/** Each line's step with its producer, by line id (a line commerce has not allocated has none). */
export function lineSteps(progress: Pick<OrderProgress, "lines">): Map<string, OrderLineStep> {
  return new Map(progress.lines.map((line) => [line.line_item_id, line.status]))
}

/** Whether goods of a live pickup order wait at the sales point's counter now. */
export function waitingAtCounter(order: Pick<StoreOrder, "status">, progress: Pick<OrderProgress, "lines">): boolean {
  return order.status !== "canceled" && progress.lines.some((line) => line.status === "ready_for_pickup")
}
