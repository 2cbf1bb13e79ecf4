import { describe, expect, it } from "vitest"
import { t } from "../../i18n/dictionaries"
import { verdictCopy } from "./verdict"

describe("the verdict a shopper reads", () => {
  it("calls a scanned code that matches no stamp counterfeit", () => {
    expect(verdictCopy("not_genuine", "scanned")).toEqual({ tone: "bad", title: "verify_not_genuine", text: "verify_not_genuine_text", warning: null })
  })

  it("asks a shopper who typed a code that matches no stamp to check the characters before warning", () => {
    const copy = verdictCopy("not_genuine", "typed")
    expect(copy.tone).toBe("warn")
    expect(t("vi", copy.title)).not.toMatch(/Không phải tem OCOP thật/)
    expect(t("vi", copy.text, { code: "5AD1-A993-25F7-14HJ-QDTQ" })).toContain("5AD1-A993-25F7-14HJ-QDTQ")
    expect(t("en", copy.text, { code: "X" })).toMatch(/compare each character/i)
    expect(copy.warning && t("vi", copy.warning)).toMatch(/đừng mua sản phẩm này/)
  })

  it.each(["genuine", "suspicious", "certificate_revoked", "batch_revoked", "stamp_voided"] as const)("judges a typed %s code as a scanned one", (state) => {
    expect(verdictCopy(state, "typed")).toEqual(verdictCopy(state, "scanned"))
  })

  it("tells a shopper scanning a voided stamp not to trust it, with the date it was voided", () => {
    const copy = verdictCopy("stamp_voided", "scanned")
    expect(copy.tone).toBe("bad")
    expect(t("vi", copy.title)).toBe("Tem này đã bị hủy")
    expect(t("vi", copy.text, { date: "01/12/2026" })).toContain("ngày 01/12/2026")
    expect(t("en", copy.text, { date: "1 December 2026" })).toMatch(/This particular stamp was voided on 1 December 2026, by its producer or the OCOP office/)
  })
})
