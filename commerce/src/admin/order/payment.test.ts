import { describe, expect, it } from "vitest"
import { paymentSummary, type OrderPaymentRow } from "./payment"

const placed = "2026-03-01T02:00:00.000Z"
const transfer = { provider_id: "pp_vietqr_vietqr", amount: 280_000, data: { reference: "OCOPGWZHHVN2", amount: 280_000 } }
const order = (...payments: OrderPaymentRow[]) => ({ created_at: placed, payment_collections: [{ payments }] })

describe("paymentSummary", () => {
  it("gives the transfer reference, amount and the moment the unpaid order is cancelled", () => {
    expect(paymentSummary(order(transfer), 48)).toEqual({ method: "bank_transfer", state: "awaiting_transfer", amount: 280_000, received: null, reference: "OCOPGWZHHVN2", due_at: "2026-03-03T02:00:00.000Z" })
  })

  it("has no deadline once the office marked the transfer paid", () => {
    expect(paymentSummary(order({ ...transfer, captured_at: "2026-03-01T05:00:00.000Z" }), 48)).toMatchObject({ state: "paid", reference: "OCOPGWZHHVN2", due_at: null })
  })

  it("says how much of a transfer that fell short came in, with no deadline: the office settles it with the buyer", () => {
    const short = { ...transfer, captures: [{ amount: 100_000 }, { amount: "30000" }] }
    expect(paymentSummary(order(short), 48)).toMatchObject({ state: "partially_paid", amount: 280_000, received: 130_000, due_at: null })
  })

  it.each([
    ["cash on delivery", { provider_id: "pp_system_default", amount: "95000" }, { method: "cash_on_delivery", state: "authorized", amount: 95_000, reference: null }],
    ["a voided transfer", { ...transfer, canceled_at: "2026-03-03T02:00:00.000Z" }, { method: "bank_transfer", state: "canceled", due_at: null }],
  ] as [string, OrderPaymentRow, object][])("%s", (_case, payment, expected) => {
    expect(paymentSummary(order(payment), 48)).toMatchObject(expected)
  })

  it("prefers the live payment over a voided one", () => {
    expect(paymentSummary(order({ ...transfer, canceled_at: placed }, { provider_id: "pp_system_default", amount: 1 }), 48)).toMatchObject({ method: "cash_on_delivery" })
  })

  it("is null for an order without payment", () => {
    expect(paymentSummary({ created_at: placed, payment_collections: [] }, 48)).toBeNull()
  })
})

