import { describe, expect, it } from "vitest"
import { splitCompound, splitLookups, spellingVariants } from "./compound.ts"

const vocabulary = new Set(["ca", "cap", "phe", "he", "my", "gao", "dong", "trung", "ha", "hat", "thao", "mat", "ong", "mang"])
const starts = (term: string) => new Set(splitLookups(term, true).prefixes.filter((start) => [...vocabulary].some((word) => word.startsWith(start))))

describe("splitting words typed without spaces", () => {
  it.each([
    ["caphe", [["cap", "he"], ["ca", "phe"]]],
    ["cafe", [["cap", "he"], ["ca", "phe"]]],
    ["mygao", [["my", "gao"]]],
    ["dongtrunghathao", [["dong", "trung", "ha", "thao"]]],
    ["matong", [["mat", "ong"]]],
  ])("reads %s as known words, fewest first", (term, splits) => {
    expect(splitCompound(term, vocabulary, new Set(), false)).toEqual(splits)
  })

  it("lets the last word end in the start of a word while the shopper types", () => {
    expect(splitCompound("dongtr", vocabulary, starts("dongtr"), true)).toEqual([["dong", "tr:*"]])
    expect(splitCompound("dongtr", vocabulary, starts("dongtr"), false)).toEqual([])
  })

  it.each(["xyzabc", "c", "mangx"])("does not split %s into words the index does not have", (term) => {
    expect(splitCompound(term, vocabulary, new Set(), false)).toEqual([])
  })

  it("spells f as ph, a letter Vietnamese does not have", () => {
    expect(spellingVariants("cafe")).toEqual(["cafe", "caphe"])
    expect(spellingVariants("mat")).toEqual(["mat"])
  })

  it("asks the vocabulary only about pieces of at most ten letters", () => {
    const { words } = splitLookups("a".repeat(32), false)
    expect(Math.max(...words.filter((word) => word.length < 32).map((word) => word.length))).toBe(10)
  })
})
