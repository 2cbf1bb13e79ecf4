import { describe, expect, it } from "vitest"
import { t } from "../../i18n/dictionaries"
import type { LineBlock } from "../cart/cart-rules"
import { completionProblem, detailsRefusal, wardProblem, type Refusal } from "./refusals"

const refusal = (overrides: Partial<Refusal>): Refusal => ({ type: "invalid_data", code: null, details: null, message: "", ...overrides })

describe("completionProblem", () => {
  it.each([
    ["not_sellable", 'Không thể bán: "Miến dong" có chứng nhận OCOP đã hết hạn / Cannot sell: "Miến dong" has an expired OCOP certificate', "checkoutRefusedNotSellable"],
    ["insufficient_inventory", "Some variant does not have the required inventory", "checkoutRefusedStock"],
    ["insufficient_inventory", "Quầy OCOP Nội Bài no longer has enough stock for this order", "checkoutRefusedStock"],
    ["outside_delivery_area", 'Ngoài khu vực giao hàng: "Cây đào thế Nhật Tân" chỉ giao trong Hà Nội / Outside the delivery area: "Cây đào thế Nhật Tân" is delivered only within Hà Nội', "checkoutRefusedArea"],
  ])("words a %s refusal in the page's language alone, without commerce's bilingual message", (code, message, key) => {
    const flash = completionProblem(refusal({ code, message }))
    expect(flash).toEqual({ kind: "error", key, values: {} })
    expect(t("vi", flash.key, flash.values)).not.toContain("/")
    expect(t("en", flash.key, flash.values)).not.toMatch(/Không|Ngoài/)
  })

  it("tells a checkout that waited behind others too long to try again", () => {
    const message = "Nhiều người đang mua cùng sản phẩm, vui lòng thử lại / Many shoppers are buying the same goods; please try again"
    expect(completionProblem(refusal({ type: "conflict", message }))).toEqual({ kind: "error", key: "checkoutConflict", values: {} })
  })

  it("keeps commerce's words only for a refusal of a kind it does not know", () => {
    const message = "Vui lòng nhập email để nhận xác nhận đơn hàng / An email address is needed"
    expect(completionProblem(refusal({ message }))).toEqual({ kind: "error", key: "checkoutNotPlaced", values: { detail: message } })
  })
})

describe("wardProblem", () => {
  const hoanKiem = { code: "00070", name: "Phường Hoàn Kiếm" }

  it("names the ward that absorbed a merged one, in either language, and nothing of the other", () => {
    const problem = wardProblem(refusal({ code: "ward_merged", details: { field: "shipping_address.city", typed: "Phường Hàng Đào", suggestions: [hoanKiem] } }))
    expect(problem).toEqual({ field: "ward", key: "errorWardMerged", values: { typed: "Phường Hàng Đào", ward: "Phường Hoàn Kiếm" } })
    expect(t("vi", problem!.key, problem!.values)).toBe("Phường Hàng Đào đã sáp nhập vào Phường Hoàn Kiếm từ 01/07/2025 — chọn Phường Hoàn Kiếm.")
    expect(t("en", problem!.key, problem!.values)).toBe("Phường Hàng Đào merged into Phường Hoàn Kiếm on 1 July 2025 — choose Phường Hoàn Kiếm.")
  })

  it("lists a few of the wards an old name shared by several was merged into", () => {
    const suggestions = Array.from({ length: 8 }, (_, n) => ({ code: `0000${n}`, name: `Phường ${n + 1}` }))
    const problem = wardProblem(refusal({ code: "ward_merged", details: { field: "shipping_address.city", typed: "Phường 12", suggestions } }))
    expect(problem).toMatchObject({ field: "ward", key: "errorWardMergedSeveral", values: { typed: "Phường 12", wards: "Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 6…" } })
  })

  it.each([
    ["ward_unknown", { field: "ward", key: "errorWard", values: {} }],
    ["ward_required", { field: "ward", key: "errorRequired", values: {} }],
    ["ward_province", { field: "province", key: "errorProvince", values: {} }],
    // Without the details it still marks the ward, never a wrong name.
    ["ward_merged", { field: "ward", key: "errorWard", values: {} }],
  ])("marks the field for %s", (code, expected) => {
    expect(wardProblem(refusal({ code, details: { typed: "nowhere", suggestions: [] } }))).toEqual(expected)
  })

  it("asks which one when a name fits several wards", () => {
    const suggestions = [{ code: "1", name: "Phường Tân Phú" }, { code: "2", name: "Xã Tân Phú" }]
    expect(wardProblem(refusal({ code: "ward_ambiguous", details: { typed: "tan phu", suggestions } }))).toEqual({
      field: "ward",
      key: "errorWardAmbiguous",
      values: { typed: "tan phu", wards: "Phường Tân Phú, Xã Tân Phú" },
    })
  })

  it("says nothing of refusals about other fields, whatever their words", () => {
    expect(wardProblem(refusal({ message: "Invalid body: shipping_address.city: something" }))).toBeNull()
    expect(wardProblem(refusal({ code: "insufficient_inventory" }))).toBeNull()
  })
})

// What Medusa answers when a new address re-prices a line whose product has left the shop.
const unpublished = "Variants variant_01M8ZK4T2Q do not exist or belong to a product that is not published"
const shown = (flash: ReturnType<typeof detailsRefusal>, lang: "vi" | "en") => t(lang, flash.key, flash.values)

describe("detailsRefusal", () => {
  it.each<[string, LineBlock]>([
    ["a suspended certificate", { kind: "not_sellable", reason: "certificate_suspended", date: null }],
    ["an expired certificate", { kind: "not_sellable", reason: "certificate_expired", date: "2026-11-01T00:00:00+07:00" }],
    ["a product that no longer exists", { kind: "not_sellable", reason: "missing", date: null }],
  ])("explains a save refused over a line with %s as a blocked line, never in Medusa's words", (_, block) => {
    // The words the checkout already shows above a cart with a line to fix.
    const vi = shown(detailsRefusal([{ block: null }, { block }], unpublished, "vi"), "vi")
    const en = shown(detailsRefusal([{ block }], unpublished, "en"), "en")
    expect(vi).toBe(t("vi", "cartBlockedSummary"))
    expect(en).toBe(t("en", "cartBlockedSummary"))
    for (const text of [vi, en]) expect(text).not.toMatch(/Variants|variant_|published/)
  })

  it.each<[string, LineBlock | null]>([
    ["no blocked line", null],
    // Neither makes commerce refuse the address: a refusal with them is about something else.
    ["a line short of stock", { kind: "stock", available: 1 }],
    ["a line outside its delivery area", { kind: "outside_area", area: { vi: "Hà Nội", en: "Hanoi" } }],
  ])("keeps commerce's own refusal, in the page's language, for a cart with %s", (_, block) => {
    const message = "Số điện thoại không hợp lệ / The phone number is not valid"
    expect(shown(detailsRefusal([{ block }], message, "vi"), "vi")).toBe("Chưa lưu được: Số điện thoại không hợp lệ")
    expect(shown(detailsRefusal([{ block }], message, "en"), "en")).toBe("Not saved: The phone number is not valid")
  })
})
