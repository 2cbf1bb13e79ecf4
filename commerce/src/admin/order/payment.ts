/** The payment of an order as the office reads it to match a bank transfer: method, state, and the transfer's details. */
export type PaymentMethod = "cash_on_delivery" | "bank_transfer" | "card" | "other"
export type PaymentState = "awaiting_transfer" | "paid" | "canceled" | "authorized"

export interface OrderPaymentRow {
  provider_id: string
  amount?: number | string | null
  captured_at?: string | null
  canceled_at?: string | null
  data?: Record<string, unknown> | null
}

export interface PaymentSummary {
  method: PaymentMethod
  state: PaymentState
  amount: number | null
  /** The VietQR memo the shopper was asked to write, e.g. OCOPGWZHHVN2. */
  reference: string | null
  /** When the hourly job cancels the order unless the office has marked it paid. */
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
  const state: PaymentState = payment.captured_at ? "paid" : payment.canceled_at ? "canceled" : method === "bank_transfer" ? "awaiting_transfer" : "authorized"
  const reference = typeof payment.data?.["reference"] === "string" ? payment.data["reference"] : null
  const amount = payment.amount ?? (typeof payment.data?.["amount"] === "number" ? payment.data["amount"] : null)
  return {
    method,
    state,
    amount: amount === null ? null : Number(amount),
    reference,
    due_at: state === "awaiting_transfer" ? new Date(new Date(order.created_at).getTime() + hours * 3_600_000).toISOString() : null,
  }
}
