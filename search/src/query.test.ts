import { describe, expect, it } from "vitest"
import { page, prepareText } from "./query.ts"

describe("prepareText", () => {
  it.each([
    ["mien dong na ri", ["mien", "dong", "na", "ri"], null],
    ["Miến dong Na Rì", ["mien", "dong", "na", "ri"], "miến dong na rì"],
    ["  Đường   phèn ", ["duong", "phen"], "đường phèn"],
    ["'; DROP TABLE product; --", ["drop", "table", "product"], null],
    ["nuoc & | ! :* mam", ["nuoc", "mam"], null],
    ["🍯🐝", [], null],
    ["", [], null],
  ])("turns %j into searchable words", (q, terms, exact) => {
    const prepared = prepareText(q)
    expect(prepared.terms).toEqual(terms)
    expect(prepared.folded).toBe(terms.join(" "))
    expect(prepared.exact).toBe(exact)
  })

  it.each(["---", "!!!", "...", "*", "🍯", " 🍯 🐝 "])("marks %j as typed but unmatchable", (q) => {
    expect(prepareText(q)).toMatchObject({ terms: [], unmatchable: true })
  })

  it.each(["", "   ", "mat ong", "---mat"])("does not mark %j unmatchable", (q) => {
    expect(prepareText(q).unmatchable).toBe(false)
  })

  it("reads decomposed input like composed input", () => {
    expect(prepareText("bạc hà".normalize("NFD"))).toEqual(prepareText("bạc hà"))
  })

  it("caps the number and length of words", () => {
    const prepared = prepareText(`${"a".repeat(100)} ${"mật ong ".repeat(50)}`)
    expect(prepared.terms).toHaveLength(12)
    expect(prepared.terms[0]).toHaveLength(32)
  })
})

describe("page", () => {
  it.each([
    [{}, { limit: 24, offset: 0 }],
    [{ limit: 0, offset: -3 }, { limit: 1, offset: 0 }],
    [{ limit: 500, offset: 48.7 }, { limit: 100, offset: 48 }],
  ])("clamps %j", (query, expected) => {
    expect(page(query)).toEqual(expected)
  })
})
