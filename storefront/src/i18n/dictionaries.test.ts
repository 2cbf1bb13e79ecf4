import { describe, expect, it } from "vitest"
import { hasKey, t } from "./dictionaries"

describe("t", () => {
  it("fills placeholders in both languages", () => {
    expect(t("vi", "starsLabel", { stars: 4 })).toBe("4 sao OCOP")
    expect(t("en", "starsLabel", { stars: 4 })).toBe("4-star OCOP")
  })

  it.each(["group_food", "group_drinks", "group_herbal", "group_handicraft", "group_ornamental", "group_tourism"])(
    "has a label for the OCOP product group key %s",
    (key) => {
      expect(hasKey(key)).toBe(true)
    }
  )
})
