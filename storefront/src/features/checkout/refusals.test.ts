import { describe, expect, it } from "vitest"
import { completionProblem, wardRefusal } from "./refusals"

describe("completionProblem", () => {
  it.each([
    ['Không thể bán: "Miến dong" có chứng nhận OCOP đã hết hạn / Cannot sell: "Miến dong" has an expired OCOP certificate', "checkoutRefusedNotSellable"],
    ["Some variant does not have the required inventory", "checkoutRefusedStock"],
    ['Ngoài khu vực giao hàng: "Cây đào thế Nhật Tân" chỉ giao trong Hà Nội / Outside the delivery area: "Cây đào thế Nhật Tân" is delivered only within Hà Nội', "checkoutRefusedArea"],
    ["Quầy OCOP Nội Bài no longer has enough stock for this order", "checkoutRefusedStock"],
    ["Vui lòng nhập email để nhận xác nhận đơn hàng / An email address is needed", "checkoutNotPlaced"],
  ])("words %j as %s, keeping Medusa's words as the detail", (message, key) => {
    expect(completionProblem(message)).toEqual({ kind: "error", key, values: { detail: message } })
  })
})

describe("wardRefusal", () => {
  it("keeps commerce's explanation of a refused ward without the field path", () => {
    const message = 'Invalid body: shipping_address.city: "Phường Hàng Đào" không còn từ 01/07/2025, nay thuộc Phường Hoàn Kiếm / no longer exists since 1 July 2025; it is now part of Phường Hoàn Kiếm'
    expect(wardRefusal(message)).toBe('"Phường Hàng Đào" không còn từ 01/07/2025, nay thuộc Phường Hoàn Kiếm / no longer exists since 1 July 2025; it is now part of Phường Hoàn Kiếm')
  })

  it("says nothing of refusals about other fields", () => {
    expect(wardRefusal("Invalid body: shipping_address.phone: Not a valid Vietnamese phone number")).toBeNull()
  })
})
