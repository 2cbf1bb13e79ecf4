import { describe, expect, it } from "vitest"
import type { StoreShippingMethod } from "../../lib/medusa"
import { cancellation, isPickup, lineSteps, mayRead, paymentState, pickupHandle, pickupHeldUntil, pickupHoldKey, shippingName, transferDueAt, waitingAtCounter } from "./order"
import { vietQrPng } from "./vietqr"

const order = { cart: { id: "cart_01SECRET" }, customer_id: "cus_01OWNER" }

describe("mayRead", () => {
  it.each([
    ["the buyer's link", "cart_01SECRET", null, true],
    ["the customer it belongs to, without the link", null, "cus_01OWNER", true],
    ["no key and no login", null, null, false],
    ["a wrong key", "cart_01OTHERX", null, false],
    ["a key of another length", "cart_01", null, false],
    ["another customer", null, "cus_01SOMEONE", false],
  ])("%s → %s", (_, key, customer, expected) => {
    expect(mayRead(order, key, customer)).toBe(expected)
  })

  it("refuses a guest order with no cart recorded, whatever the key", () => {
    expect(mayRead({ cart: null, customer_id: null }, "", null)).toBe(false)
  })
})

describe("paymentState", () => {
  const vietqrData = { reference: "OCOP123", amount: 330000, qr_payload: "00020101021238570010A000000727", bank_bin: "970436", bank_name: "Vietcombank", account_number: "0123456789", account_name: "CHO OCOP" }

  it("shows a VietQR transfer as awaited, with its details, until it is captured", () => {
    const state = paymentState({ payment_status: "authorized", payment_collections: [{ id: "p", status: "authorized", amount: 330000, payments: [{ id: "pay", provider_id: "pp_vietqr_vietqr", amount: 330000, captured_at: null, data: vietqrData }] }] })
    expect(state).toEqual({
      kind: "vietqr_awaiting",
      transfer: { reference: "OCOP123", amount: 330000, payload: vietqrData.qr_payload, bankName: "Vietcombank", accountNumber: "0123456789", accountName: "CHO OCOP" },
    })
  })

  it("reads the transfer from the session when the payment has no data", () => {
    const state = paymentState({ payment_status: "authorized", payment_collections: [{ id: "p", status: "authorized", amount: 1, payment_sessions: [{ id: "s", provider_id: "pp_vietqr_vietqr", status: "authorized", amount: 1, data: vietqrData }] }] })
    expect(state.kind === "vietqr_awaiting" && state.transfer?.reference).toBe("OCOP123")
  })

  it.each([
    ["captured", "pp_vietqr_vietqr", "paid"],
    ["authorized", "pp_system_default", "cod"],
    ["authorized", "pp_stripe_stripe", "card"],
    ["not_paid", "", "awaiting"],
  ])("payment %s with %s is %s", (status, provider, kind) => {
    const state = paymentState({ payment_status: status, payment_collections: [{ id: "p", status, amount: 1, payments: provider ? [{ id: "pay", provider_id: provider, amount: 1, captured_at: null, data: {} }] : [] }] })
    expect(state.kind).toBe(kind)
  })

  it("says what came in and what is still owed when the office recorded a transfer that fell short, never 'paid'", () => {
    const state = paymentState({
      payment_status: "partially_captured",
      total: 70_000,
      summary: { paid_total: 20_000 },
      payment_collections: [{ id: "p", status: "partially_captured", amount: 70_000, payments: [{ id: "pay", provider_id: "pp_vietqr_vietqr", amount: 70_000, captured_at: null, data: vietqrData }] }],
    })
    expect(state).toMatchObject({ kind: "partially_paid", received: 20_000, outstanding: 50_000, transfer: { reference: "OCOP123", accountNumber: "0123456789" } })
  })

  it.each([
    ["authorized", "canceled"],
    ["canceled", "canceled"],
    ["captured", "canceled_refund"],
    ["refunded", "canceled_refund"],
  ])("a canceled order whose payment is %s asks for nothing (%s), even with a VietQR transfer open", (status, kind) => {
    const state = paymentState({ status: "canceled", payment_status: status, payment_collections: [{ id: "p", status, amount: 1, payments: [{ id: "pay", provider_id: "pp_vietqr_vietqr", amount: 1, captured_at: null, data: vietqrData }] }] })
    expect(state.kind).toBe(kind)
  })
})

describe("pickupHoldKey", () => {
  it("tells a pickup buyer what ends the hold, by how they pay", () => {
    expect(pickupHoldKey({ kind: "cod" })).toBe("pickupHoldUntil")
    expect(pickupHoldKey({ kind: "card" })).toBe("pickupHoldUntil")
    // A transfer not received is cancelled at its own, earlier deadline, not at the end of the hold.
    expect(pickupHoldKey({ kind: "vietqr_awaiting", transfer: null })).toBe("pickupHoldUntilTransfer")
    expect(pickupHoldKey({ kind: "paid" })).toBe("pickupHoldUntilPaid")
  })
})

describe("transferDueAt", () => {
  it("gives the moment a bank-transfer order lapses unpaid", () => {
    expect(transferDueAt("2026-12-03T02:30:00.000Z", 48)).toBe("2026-12-05T02:30:00.000Z")
  })
})

describe("cancellation", () => {
  const why = (cancel_reason: string | null, pickup_hold_days: number | null = null, transfer_payment_hours: number | null = null) => ({ cancel_reason, pickup_hold_days, transfer_payment_hours })

  it("is nothing for an order that stands", () => {
    expect(cancellation({ status: "pending" }, why("pickup_not_collected", 3))).toBeNull()
  })

  it("explains an uncollected pickup with the days it was held", () => {
    expect(cancellation({ status: "canceled" }, why("pickup_not_collected", 5))).toEqual({ reason: "pickup_not_collected", holdDays: 5 })
  })

  it("explains a bank transfer that never came with the hours it was awaited", () => {
    expect(cancellation({ status: "canceled" }, why("transfer_not_paid", null, 48))).toEqual({ reason: "transfer_not_paid", hours: 48 })
    expect(cancellation({ status: "canceled" }, why("transfer_not_paid"))).toEqual({ reason: "other" })
  })

  it("says when the buyer cancelled it themselves", () => {
    expect(cancellation({ status: "canceled" }, why("buyer_canceled"))).toEqual({ reason: "buyer_canceled" })
  })

  it.each([[why(null)], [why("pickup_not_collected")], [why("pickup_not_collected", 0)], [why("something_new")]])("gives no reason it cannot read (%j)", (state) => {
    expect(cancellation({ status: "canceled" }, state)).toEqual({ reason: "other" })
  })
})

describe("line steps", () => {
  const progress = {
    lines: [
      { line_item_id: "ordli_honey", status: "ready_for_pickup" as const, fulfilment: "pickup" as const },
      { line_item_id: "ordli_tea", status: "prepared" as const, fulfilment: "pickup" as const },
    ],
  }

  it("gives each line its step by line id, and none to a line commerce has not allocated", () => {
    const steps = lineSteps(progress)
    expect(steps.get("ordli_honey")).toBe("ready_for_pickup")
    expect(steps.get("ordli_tea")).toBe("prepared")
    expect(steps.get("ordli_other")).toBeUndefined()
  })

  it("says goods wait at the counter while a line is ready and the order stands", () => {
    expect(waitingAtCounter({ status: "pending" }, progress)).toBe(true)
    expect(waitingAtCounter({ status: "canceled" }, progress)).toBe(false)
    expect(waitingAtCounter({ status: "pending" }, { lines: [progress.lines[1]!] })).toBe(false)
  })
})

describe("vietQrPng", () => {
  it("draws the payload as a PNG a phone can save", async () => {
    const url = await vietQrPng("00020101021238570010A00000072701270006970436011301234567890208QRIBFTTA53037045406330000")
    expect(url.startsWith("data:image/png;base64,")).toBe(true)
    const png = Buffer.from(url.slice("data:image/png;base64,".length), "base64")
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG")
    // Width from the IHDR chunk: big enough to stay sharp in a photo gallery.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512)
  })
})

describe("shipping method", () => {
  const method = (name: string, data: Record<string, unknown> | null): StoreShippingMethod => ({ id: "sm", name, amount: 0, shipping_option_id: "so", data })

  it("is named in the shopper's language, Vietnamese when no English name was kept", () => {
    const delivery = method("Giao hàng tiêu chuẩn (3–5 ngày) — Miền Bắc", { name_en: "Standard delivery (3–5 days) — Northern Vietnam" })
    expect(shippingName(delivery, "vi")).toBe("Giao hàng tiêu chuẩn (3–5 ngày) — Miền Bắc")
    expect(shippingName(delivery, "en")).toBe("Standard delivery (3–5 days) — Northern Vietnam")
    expect(shippingName(method("Giao hàng nhanh", {}), "en")).toBe("Giao hàng nhanh")
  })

  it.each([
    ["a method that kept its sales point", method("Nhận tại Quầy OCOP", { sales_point_handle: "noi-bai" }), true, "noi-bai"],
    ["an older pickup order known by its name", method("Nhận tại Quầy OCOP", null), true, null],
    ["a delivery", method("Giao hàng tiêu chuẩn", { name_en: "Standard delivery" }), false, null],
  ])("tells pickup for %s", (_, shipping, pickup, handle) => {
    expect(isPickup({ shipping_methods: [shipping] })).toBe(pickup)
    expect(pickupHandle({ shipping_methods: [shipping] })).toBe(handle)
  })

  it("holds a pickup order the configured number of days from the order", () => {
    expect(pickupHeldUntil("2026-03-01T10:00:00.000Z", 3)).toBe("2026-03-04T10:00:00.000Z")
  })
})
