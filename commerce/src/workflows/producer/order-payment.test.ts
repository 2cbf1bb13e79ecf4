import { describe, expect, it } from "vitest"
import { orderPayment } from "./order-payment"

const at = "2026-03-01T08:00:00.000Z"
const withPayments = (...payments: { provider_id: string; captured_at?: string | null; canceled_at?: string | null }[]) => ({ payment_collections: [{ payments }] })

describe("orderPayment", () => {
  it.each([
    ["cash on delivery", withPayments({ provider_id: "pp_system_default" }), { method: "cash_on_delivery", status: "cash_on_delivery" }],
    ["a transfer not yet arrived", withPayments({ provider_id: "pp_vietqr_vietqr", captured_at: null }), { method: "bank_transfer", status: "awaiting_transfer" }],
    ["a transfer the office marked paid", withPayments({ provider_id: "pp_vietqr_vietqr", captured_at: at }), { method: "bank_transfer", status: "paid" }],
    ["a card held, not captured", withPayments({ provider_id: "pp_stripe_stripe" }), { method: "card", status: "card_authorized" }],
    ["a voided transfer replaced by cash on delivery", withPayments({ provider_id: "pp_vietqr_vietqr", canceled_at: at }, { provider_id: "pp_system_default" }), { method: "cash_on_delivery", status: "cash_on_delivery" }],
    ["no payment", { payment_collections: [] }, { method: null, status: null }],
  ])("%s", (_case, order, expected) => {
    expect(orderPayment(order)).toEqual(expected)
  })
})
