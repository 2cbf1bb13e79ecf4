import { describe, expect, it } from "vitest"
import { activeFilterCount, catalogueQuery, emptyFilters, MAX_PAGE, parseCatalogueParams, parsePrice, searchApiParams } from "./filters"

const parse = (query: string) => parseCatalogueParams(new URLSearchParams(query))

describe("parseCatalogueParams", () => {
  it("reads an empty URL as the whole catalogue, best first", () => {
    expect(parse("")).toEqual(emptyFilters)
  })

  it("reads repeated and comma-separated lists alike, in a canonical order", () => {
    expect(parse("group=drinks&group=food&stars=3,5").group).toEqual(["food", "drinks"])
    expect(parse("group=drinks&group=food&stars=3,5").stars).toEqual([5, 3])
    expect(parse("province=thai-nguyen,lao-cai&province=lao-cai").province).toEqual(["lao-cai", "thai-nguyen"])
  })

  it.each([
    ["group=furniture", { group: [] }],
    ["stars=2&stars=6&stars=abc", { stars: [] }],
    ["province=atlantis", { province: [] }],
    ["sales_point=Bad%20Handle!", { salesPoint: [] }],
    ["sort=cheapest", { sort: "relevance" }],
    ["page=0", { page: 1 }],
    ["page=-3", { page: 1 }],
    ["page=2.5", { page: 1 }],
    ["page=abc", { page: 1 }],
    ["page=999999", { page: MAX_PAGE }],
    ["price_min=abc&price_max=%27%3B--", { priceMin: null, priceMax: null }],
    ["pickup=maybe", { pickup: false }],
  ])("drops what the search API would refuse: ?%s", (query, expected) => {
    expect(parse(query)).toMatchObject(expected)
  })

  it("maps an old province slug to the province it was merged into", () => {
    expect(parse("province=ha-giang&province=bac-kan").province).toEqual(["thai-nguyen", "tuyen-quang"])
  })

  it("trims and shortens the search words, keeping their diacritics", () => {
    expect(parse("q=%20%20mi%E1%BA%BFn%20%20dong%20").q).toBe("miến dong")
    expect(parse(`q=${"a".repeat(600)}`).q).toHaveLength(200)
  })

  it("reads prices typed the Vietnamese way and puts a reversed range right", () => {
    expect(parse("price_min=300.000&price_max=100000")).toMatchObject({ priceMin: 100000, priceMax: 300000 })
  })

  it.each(["1", "true", "on"])("reads pickup=%s as pickup only", (value) => {
    expect(parse(`pickup=${value}`).pickup).toBe(true)
  })
})

describe("parsePrice", () => {
  it.each([
    ["150000", 150000],
    ["150.000", 150000],
    ["150,000 ₫", 150000],
    ["0", 0],
    ["-5", null],
    ["1e6", null],
    ["99999999999", null],
    ["", null],
  ])("%j → %s", (raw, expected) => {
    expect(parsePrice(raw)).toBe(expected)
  })
})

describe("catalogueQuery", () => {
  it("writes only what differs from the defaults", () => {
    expect(catalogueQuery({})).toBe("")
    expect(catalogueQuery(emptyFilters)).toBe("")
    expect(catalogueQuery({ q: "mật ong", group: ["food", "herbal"], stars: [5], pickup: true, sort: "price_asc", page: 2 })).toBe(
      "q=m%E1%BA%ADt+ong&group=food&group=herbal&stars=5&pickup=1&sort=price_asc&page=2"
    )
  })

  it("round-trips through parseCatalogueParams", () => {
    const filters = { ...emptyFilters, q: "trà", group: ["drinks" as const], stars: [5 as const, 4 as const], province: ["lao-cai"], salesPoint: ["ocop-bac-kan"], pickup: true, priceMin: 1000, priceMax: 500000, sort: "newest" as const, page: 3 }
    expect(parse(catalogueQuery(filters))).toEqual(filters)
  })
})

describe("searchApiParams", () => {
  it("asks the search API for one page of 24 with comma lists", () => {
    const params = searchApiParams(parse("q=mien+dong&group=food&stars=4&stars=5&province=lao-cai&pickup=1&price_max=200000&page=3"))
    expect(Object.fromEntries(params)).toEqual({
      q: "mien dong",
      group: "food",
      stars: "5,4",
      province: "lao-cai",
      pickup: "true",
      price_max: "200000",
      sort: "relevance",
      limit: "24",
      offset: "48",
    })
  })
})

describe("activeFilterCount", () => {
  it("counts filters but not the search words or the order", () => {
    expect(activeFilterCount(parse("q=che&sort=newest"))).toBe(0)
    expect(activeFilterCount(parse("group=food&stars=5&stars=4&pickup=1&price_min=1"))).toBe(5)
  })
})
