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

  it.each([
    [0, "0 products", "0 sản phẩm"],
    [1, "1 product", "1 sản phẩm"],
    [2, "2 products", "2 sản phẩm"],
  ])("counts %i product(s) in English grammar, Vietnamese unchanged", (count, en, vi) => {
    expect(t("en", "productCount", { count })).toBe(en)
    expect(t("vi", "productCount", { count })).toBe(vi)
  })
})

describe("checkout and order labels", () => {
  it.each(["pp_system_default", "pp_vietqr_vietqr", "pp_stripe_stripe"])("has a label and a hint for the payment provider %s", (provider) => {
    expect(hasKey(`payment_${provider}`)).toBe(true)
    expect(hasKey(`paymentHint_${provider}`)).toBe(true)
  })

  it.each(["paid", "cod", "vietqr_awaiting", "card", "awaiting"])("has a label for the payment state %s", (state) => {
    expect(hasKey(`paymentState_${state}`)).toBe(true)
  })

  it.each(["certificate_expired", "certificate_suspended", "certificate_revoked", "producer_suspended", "not_published", "no_certificate"])(
    "explains a cart line blocked because of %s",
    (reason) => {
      expect(hasKey(`gone_${reason}`)).toBe(true)
    }
  )

  it("never treats an inherited property as a message", () => {
    expect(hasKey("__proto__")).toBe(false)
    expect(hasKey("toString")).toBe(false)
  })
})
