import { describe, expect, it } from "vitest"
import { inLanguage } from "./commerce-message"

describe("a commerce refusal in the page's language", () => {
  const bilingual = "Lời mời đã được sử dụng. / This invite has already been used."

  it.each([
    ["vi", "Lời mời đã được sử dụng."],
    ["en", "This invite has already been used."],
  ] as const)("keeps the %s half of a bilingual message", (lang, expected) => {
    expect(inLanguage(bilingual, lang)).toBe(expected)
  })

  it.each([
    ["Medusa's own, in English only", "Invalid email or password"],
    ["one with dates but no language split", "Quyết định 12/QĐ-UBND ngày 15/01/2026"],
    ["one with more than two parts", "a / b / c"],
  ])("keeps %s whole", (_case, message) => {
    expect(inLanguage(message, "vi")).toBe(message)
    expect(inLanguage(message, "en")).toBe(message)
  })
})
