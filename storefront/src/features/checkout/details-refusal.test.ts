import { describe, expect, it } from "vitest"
import { t } from "../../i18n/dictionaries"
import type { LineBlock } from "../cart/cart-rules"
import { detailsRefusal } from "./details-refusal"

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
