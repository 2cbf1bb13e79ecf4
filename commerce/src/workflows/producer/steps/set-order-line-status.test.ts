import { describe, expect, it } from "vitest"
import { refusedMove } from "./set-order-line-status"

describe("refusedMove", () => {
  it.each([
    ["placed", "prepared", "delivery"],
    ["prepared", "shipped", "delivery"],
    ["prepared", "ready_for_pickup", "pickup"],
    ["shipped", "delivered", "delivery"],
  ] as const)("lets a line move %s → %s (%s)", (from, to, fulfilment) => {
    expect(refusedMove(from, to, fulfilment)).toBeNull()
  })

  it("names the steps in Vietnamese first, never the raw codes", () => {
    const refusal = refusedMove("placed", "delivered", "delivery")!
    const [vi, en] = refusal.split(" / ")
    expect(vi).toBe('Không thể chuyển dòng đơn từ "Mới đặt" sang "Đã giao"; chỉ được chuyển sang "Đã chuẩn bị".')
    expect(en).toBe("Cannot move this order line from placed to delivered; allowed: prepared.")
  })

  it("says a delivery is shipped, not set out for pickup", () => {
    expect(refusedMove("prepared", "ready_for_pickup", "delivery")).toContain('sang "Sẵn sàng để nhận"; chỉ được chuyển sang "Đã gửi đi"')
  })

  it("says when a line has no further step", () => {
    expect(refusedMove("delivered", "shipped", "delivery")).toContain("không còn bước nào tiếp theo")
    expect(refusedMove("canceled", "prepared", "pickup")).toContain("no further step")
  })
})
