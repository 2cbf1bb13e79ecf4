import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** How the buyer pays for an order, as a producer needs to know it before sending goods. */
export type OrderPaymentStatus = "paid" | "awaiting_transfer" | "cash_on_delivery" | "card_authorized"
export type OrderPaymentMethod = "cash_on_delivery" | "bank_transfer" | "card"

export interface OrderPayment {
  method: OrderPaymentMethod | null
  status: OrderPaymentStatus | null
}

interface PaymentRow {
  provider_id: string
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
}

export interface PaymentCollectionRows {
  payment_collections?: ({ payments?: (PaymentRow | null)[] | null } | null)[] | null
}

const METHOD_OF_PROVIDER: Record<string, OrderPaymentMethod> = {
  pp_system_default: "cash_on_delivery",
  pp_vietqr_vietqr: "bank_transfer",
  pp_stripe_stripe: "card",
}

/** The order's live payment (a voided one no longer counts) and where it stands; once captured by the office it is paid. */
export function orderPayment(order: PaymentCollectionRows): OrderPayment {
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).filter((payment): payment is PaymentRow => payment != null && !payment.canceled_at)
  const payment = payments.find((candidate) => candidate.captured_at) ?? payments[0]
  if (!payment) return { method: null, status: null }
  const method = METHOD_OF_PROVIDER[payment.provider_id] ?? null
  if (payment.captured_at) return { method, status: "paid" }
  if (method === "bank_transfer") return { method, status: "awaiting_transfer" }
  if (method === "card") return { method, status: "card_authorized" }
  return { method, status: method === "cash_on_delivery" ? "cash_on_delivery" : null }
}

export const ORDER_PAYMENT_FIELDS = ["payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"]

/** Each order's payment, by order id. */
export async function orderPayments(container: MedusaContainer, orderIds: string[]): Promise<Map<string, OrderPayment>> {
  if (orderIds.length === 0) return new Map()
  const { data } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", ...ORDER_PAYMENT_FIELDS],
    filters: { id: orderIds },
  })) as { data: (PaymentCollectionRows & { id: string })[] }
  return new Map(data.map((order) => [order.id, orderPayment(order)]))
}
