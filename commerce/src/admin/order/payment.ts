/** The payment of an order as the office reads it to match a bank transfer: method, state, and the transfer's details. */
export type PaymentMethod = "cash_on_delivery" | "bank_transfer" | "card" | "other"
export type PaymentState = "awaiting_transfer" | "partially_paid" | "paid" | "canceled" | "authorized"

export interface OrderPaymentRow {
  provider_id: string
  amount?: number | string | null
  captured_at?: string | null
  canceled_at?: string | null
  /** What the office recorded as received, one capture at a time; captured_at is set once they add up to the amount. */
  captures?: { amount?: number | string | null }[] | null
  data?: Record<string, unknown> | null
}

export interface PaymentSummary {
  method: PaymentMethod
  state: PaymentState
  amount: number | null
  /** What has come in so far, when it is part of the amount. */
  received: number | null
  /** The VietQR memo the shopper was asked to write, e.g. OCOPGWZHHVN2. */
  reference: string | null
  /** When the hourly job cancels the order unless the office has marked it paid (in full or in part). */
  due_at: string | null
}

const METHOD_OF_PROVIDER: Record<string, PaymentMethod> = {
  pp_system_default: "cash_on_delivery",
  pp_vietqr_vietqr: "bank_transfer",
  pp_stripe_stripe: "card",
}

/** The order's live payment (a voided one only when nothing else is left), newest state first. */
export function paymentSummary(order: { created_at: string; payment_collections?: ({ payments?: OrderPaymentRow[] | null } | null)[] | null }, hours: number): PaymentSummary | null {
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  const payment = payments.find((candidate) => candidate.captured_at) ?? payments.find((candidate) => !candidate.canceled_at) ?? payments[0]
  if (!payment) return null
  const method = METHOD_OF_PROVIDER[payment.provider_id] ?? "other"
  const received = (payment.captures ?? []).reduce((sum, capture) => sum + Number(capture.amount ?? 0), 0)
  const state: PaymentState = payment.captured_at
    ? "paid"
    : payment.canceled_at
      ? "canceled"
      : received > 0
        ? "partially_paid"
        : method === "bank_transfer"
          ? "awaiting_transfer"
          : "authorized"
  const reference = typeof payment.data?.["reference"] === "string" ? payment.data["reference"] : null
  const amount = payment.amount ?? (typeof payment.data?.["amount"] === "number" ? payment.data["amount"] : null)
  return {
    method,
    state,
    amount: amount === null ? null : Number(amount),
    received: state === "partially_paid" ? received : null,
    reference,
    due_at: state === "awaiting_transfer" ? new Date(new Date(order.created_at).getTime() + hours * 3_600_000).toISOString() : null,
  }
}
