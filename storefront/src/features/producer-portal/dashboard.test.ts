import { describe, expect, it } from "vitest"
import { deliveryAddress, expiringCertificates, lowStock, nextStatuses, salesThisMonth, startOfVietnamMonth } from "./dashboard"
import type { OrderLine, PortalCertificate, StockRow } from "./types"

function line(overrides: Partial<OrderLine> & { placed_at?: string; unit_price?: number } = {}): OrderLine {
  const { placed_at = "2026-11-15T03:00:00Z", unit_price = 55_000, ...rest } = overrides
  return {
    id: "olal_1",
    status: "placed",
    fulfilment: "pickup",
    quantity: 1,
    sales_point: null,
    order: { display_id: 1, placed_at, payment: { method: "cash_on_delivery", status: "cash_on_delivery" } },
    item: { title: "Lạc sen", variant_title: null, unit_price },
    recipient: null,
    ...rest,
  }
}

describe("sales this month", () => {
  const now = new Date("2026-11-30T23:00:00Z") // 1 December, 06:00 in Vietnam

  it("starts the month at midnight Vietnam time", () => {
    expect(startOfVietnamMonth(now).toISOString()).toBe("2026-11-30T17:00:00.000Z")
    expect(startOfVietnamMonth(new Date("2026-11-15T00:00:00Z")).toISOString()).toBe("2026-10-31T17:00:00.000Z")
  })

  it.each([
    ["2026-11-30T16:59:59Z", false],
    ["2026-11-30T17:00:00Z", true],
    ["2026-11-30T22:59:00Z", true],
  ])("an order placed at %s counts: %s", (placed_at, counted) => {
    expect(salesThisMonth([line({ placed_at, quantity: 2 })], now)).toEqual(counted ? { total: 110_000, lines: 1 } : { total: 0, lines: 0 })
  })

  it("adds unit price × quantity of every own line, not cancelled ones", () => {
    const lines = [
      line({ placed_at: "2026-11-30T18:00:00Z", quantity: 3, unit_price: 45_000, status: "delivered" }),
      line({ placed_at: "2026-11-30T19:00:00Z", quantity: 1, unit_price: 150_000 }),
      line({ placed_at: "2026-11-30T20:00:00Z", quantity: 5, status: "canceled" }),
    ]
    expect(salesThisMonth(lines, now)).toEqual({ total: 285_000, lines: 2 })
  })
})

describe("certificates expiring", () => {
  const certificate = (days_left: number, in_force = true): PortalCertificate => ({
    id: `c${days_left}`,
    decision_number: `${days_left}/QĐ-UBND`,
    decision_date: "2024-01-01",
    issuing_authority_name: "UBND tỉnh",
    stars: 4,
    status: in_force ? "active" : "expired",
    status_reason: null,
    valid_from: "2024-01-01",
    valid_until: "2027-01-01",
    in_force,
    days_left,
    products: [],
    history: [],
  })

  it("lists those in force with 90 days or fewer left, soonest first", () => {
    const listed = expiringCertificates([certificate(91), certificate(90), certificate(3), certificate(0, false), certificate(400)])
    expect(listed.map((c) => c.days_left)).toEqual([3, 90])
  })
})

describe("stock running low", () => {
  const row = (stocked: number, reserved: number): StockRow => ({
    inventory_item_id: "iitem",
    product_id: "prod",
    product_title: "Lạc sen",
    variant_id: "variant",
    variant_title: "Gói",
    sales_point_id: `spt${stocked}`,
    sales_point_name: "Vinh",
    stocked_quantity: stocked,
    reserved_quantity: reserved,
    available_quantity: stocked - reserved,
  })

  it("counts what is still available (stocked minus reserved), at or below 5", () => {
    expect(lowStock([row(6, 0), row(5, 0), row(10, 6), row(0, 0)]).map((r) => r.available_quantity)).toEqual([0, 4, 5])
  })
})

describe("next status of an order line", () => {
  it.each([
    ["placed", "pickup", ["prepared"]],
    ["prepared", "pickup", ["ready_for_pickup"]],
    ["prepared", "delivery", ["shipped"]],
    ["ready_for_pickup", "pickup", ["delivered"]],
    ["shipped", "delivery", ["delivered"]],
    ["delivered", "delivery", []],
    ["canceled", "pickup", []],
  ] as const)("%s (%s) → %j", (status, fulfilment, next) => {
    expect(nextStatuses(line({ status, fulfilment }))).toEqual(next)
  })

  const awaitingTransfer = { display_id: 1, placed_at: null, payment: { method: "bank_transfer", status: "awaiting_transfer" } } as const
  it.each([
    ["placed", "delivery", ["prepared"]],
    ["prepared", "delivery", []],
    ["prepared", "pickup", []],
  ] as const)("a bank transfer still awaited: %s (%s) → %j", (status, fulfilment, next) => {
    expect(nextStatuses(line({ status, fulfilment, order: awaitingTransfer }))).toEqual(next)
  })

  it("sends the goods once the transfer is paid", () => {
    expect(nextStatuses(line({ status: "prepared", fulfilment: "delivery", order: { ...awaitingTransfer, payment: { method: "bank_transfer", status: "paid" } } }))).toEqual(["shipped"])
  })
})

describe("the delivery address on an order line", () => {
  const delivered = line({
    fulfilment: "delivery",
    recipient: { name: "Hồ Thị Sen", phone: "+84912888999", address: { address_1: "1 Tràng Tiền", address_2: null, commune: "Phường Hoàn Kiếm", province: "ha-noi" } },
  })

  it.each([
    ["vi", "1 Tràng Tiền, Phường Hoàn Kiếm, Hà Nội"],
    ["en", "1 Tràng Tiền, Phường Hoàn Kiếm, Hanoi"],
  ] as const)("names the province in %s, not by its slug", (lang, expected) => {
    expect(deliveryAddress(delivered, lang)).toBe(expected)
  })

  it("is absent for a pickup line", () => {
    expect(deliveryAddress(line(), "vi")).toBeNull()
  })
})
