import { describe, expect, it } from "vitest"
import { phraseQueries, tsqueryText } from "./engine.ts"

const word = (term: string, known: boolean, similar: string[] = [], prefix = false) => ({ term, known, similar, prefix })

describe("the tsquery for what was typed", () => {
  // "mien dong tai hoang": every word known, the last one typed so far.
  const typed = [word("mien", true), word("dong", true), word("tai", true, ["tay"]), word("hoang", true, ["hoan"], true)]

  it.each([
    ["strict: known words as typed, the last as a prefix", typed, false, "mien & dong & tai & hoang:*"],
    ["loose: every word may be a near spelling", typed, true, "mien & dong & (tai | tay) & (hoang:* | hoan)"],
    ["an unknown word stands for its near spellings", [word("giag", false, ["giang", "gia"])], false, "(giang | gia)"],
    ["an unknown word without near spellings stays as typed", [word("xyz", false)], false, "xyz"],
  ])("%s", (_label, spelling, loose, expected) => {
    expect(tsqueryText(spelling, loose)).toBe(expected)
  })

  it("pairs each word with the next as a phrase, spelt the same way", () => {
    expect(phraseQueries(typed, true)).toEqual(["mien <-> dong", "dong <-> (tai | tay)", "(tai | tay) <-> (hoang:* | hoan)"])
    expect(phraseQueries([word("gao", true, [], true)], false)).toEqual([])
  })
})
