import { describe, expect, it } from "vitest"
import { allOf, baseFilter, containsEvery, filterConditions, listingCondition, not, numberLiteral, quote } from "./filter.ts"

/**
 * How Meilisearch reads a double-quoted filter value (crates/filter-parser/src/value.rs): the
 * character after a backslash never ends the value, then `\"` and `\\` are unescaped. Returns the
 * value and what follows its closing quote.
 */
function readQuoted(filter: string): { value: string; rest: string } {
  if (filter[0] !== '"') throw new Error("not a quoted value")
  let i = 1
  while (i < filter.length && filter[i] !== '"') i += filter[i] === "\\" ? 2 : 1
  if (i >= filter.length) throw new Error("missing closing quote")
  const raw = filter.slice(1, i)
  const value = raw.replace(/\\"/g, '"').replace(/\\\\/g, "\\")
  return { value, rest: filter.slice(i + 1) }
}

describe("quote", () => {
  it.each([
    ["plain", "lao-cai"],
    ["double quote", 'a"b'],
    ["closing quote then a condition", '" OR certificate.status = "revoked'],
    ["backslash before a quote", 'a\\"b'],
    ["trailing backslash", "abc\\"],
    ["only backslashes", "\\\\\\"],
    ["single quotes and SQL", "' OR 1=1 --"],
    ["brackets and commas", '"], group IN ["food'],
    ["escape sequences stay literal", "\\n\\u{41}\\x41"],
    ["Vietnamese", "Hà Giang"],
  ])("keeps %s inside one value", (_label, value) => {
    const read = readQuoted(`${quote(value)} AND stars = 5`)
    expect(read.value).toBe(value)
    expect(read.rest).toBe(" AND stars = 5")
  })
})

describe("numberLiteral", () => {
  it.each([
    [5, "5"],
    [-3, "-3"],
    [120000.5, "120000.5"],
    [1e21, String(Number.MAX_SAFE_INTEGER)],
    [-1e300, String(-Number.MAX_SAFE_INTEGER)],
  ])("writes %s as %s", (value, expected) => {
    expect(numberLiteral(value)).toBe(expected)
  })

  it.each([NaN, Infinity, -Infinity])("refuses %s", (value) => {
    expect(() => numberLiteral(value)).toThrow(RangeError)
  })
})

describe("filters", () => {
  const now = new Date("2026-11-30T03:00:00Z")

  it("states the listing rule with validity as epoch milliseconds", () => {
    expect(listingCondition(now)).toBe(`certificate.status = "active" AND meili.validUntil > ${now.getTime()}`)
  })

  it("adds nothing for empty or missing filters", () => {
    expect(filterConditions()).toEqual([])
    expect(filterConditions({ group: [], stars: [], province: [], producer: [], salesPoint: [], pickup: false })).toEqual([])
    expect(baseFilter({}, now)).toBe(`(${listingCondition(now)})`)
  })

  it("turns every filter into one condition", () => {
    expect(
      filterConditions({
        group: ["food", "drinks"],
        stars: [4, 5],
        province: ["lao-cai"],
        producer: ["htx-tai-hoan"],
        priceMin: 100_000,
        priceMax: 250_000,
        salesPoint: ["diem-ocop-ha-noi"],
        pickup: true,
      })
    ).toEqual([
      'group IN ["food", "drinks"]',
      "stars IN [4, 5]",
      'provinceSlug IN ["lao-cai"]',
      'producer.handle IN ["htx-tai-hoan"]',
      "priceVnd >= 100000",
      "priceVnd <= 250000",
      'salesPoints IN ["diem-ocop-ha-noi"]',
      "meili.pickup = true",
    ])
  })

  it("keeps a price bound of 0", () => {
    expect(filterConditions({ priceMin: 0 })).toEqual(["priceVnd >= 0"])
  })

  it("always ANDs the listing rule with the shopper's filters, each in parentheses", () => {
    expect(baseFilter({ group: ["food"], pickup: true }, now)).toBe(
      `(${listingCondition(now)}) AND (group IN ["food"]) AND (meili.pickup = true)`
    )
  })

  it("cannot be talked out of the listing rule by a filter value", () => {
    const filter = baseFilter({ producer: ['x"] OR certificate.status = "revoked" OR producer.handle IN ["y'] }, now)
    expect(filter.startsWith(`(${listingCondition(now)}) AND (producer.handle IN [`)).toBe(true)
    const value = readQuoted(filter.slice(filter.indexOf("[") + 1))
    expect(value.value).toBe('x"] OR certificate.status = "revoked" OR producer.handle IN ["y')
    expect(value.rest).toBe("])")
  })

  it("builds the exact-word checks", () => {
    expect(containsEvery("meili.titleMarks", ["b%E1%BA%A1c", "h%C3%A0"])).toBe('meili.titleMarks = "b%E1%BA%A1c" AND meili.titleMarks = "h%C3%A0"')
    expect(allOf(["a = 1 OR b = 2", not("c = 3 AND d = 4")])).toBe("(a = 1 OR b = 2) AND (NOT (c = 3 AND d = 4))")
  })
})
