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

  it.each(["genuine", "suspicious", "certificate_revoked", "batch_revoked"] as const)("judges a typed %s code as a scanned one", (state) => {
    expect(verdictCopy(state, "typed")).toEqual(verdictCopy(state, "scanned"))
  })
})
