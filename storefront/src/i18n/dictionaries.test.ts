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

describe("catalogue and sales point labels", () => {
  it.each(["sort_relevance", "sort_featured", "sort_newest", "sort_stars", "sort_price_asc", "sort_price_desc"])("has a label for the sort order %s", (key) => {
    expect(hasKey(key)).toBe(true)
  })

  it.each(["transport_hub", "highway_rest_stop", "market_or_mall", "tourist_area", "craft_village", "commercial_centre", "fair_centre", "post_office"])(
    "has a label for the Decision 950/QĐ-BCT location type %s",
    (type) => {
      expect(hasKey(`location_${type}`)).toBe(true)
    }
  )

  it("fills the search result count in both languages", () => {
    expect(t("vi", "searchResultCount", { count: 3, q: "mien dong" })).toBe("3 kết quả cho “mien dong”")
    expect(t("en", "searchResultCount", { count: 3, q: "mien dong" })).toBe("3 results for “mien dong”")
  })
})
