import { describe, expect, it } from "vitest"
import { evidenceQuery, phraseQueries, readText, tsqueryText } from "./engine.ts"

const word = (term: string, known: boolean, similar: string[] = [], prefix = false, compounds: string[][] = []) => ({ term, known, similar, prefix, compounds })

describe("the tsquery for what was typed", () => {
  // "mien dong tai hoang": every word known, the last one typed so far.
  const typed = [word("mien", true), word("dong", true), word("tai", true, ["tay"]), word("hoang", true, ["hoan"], true)]

  it.each([
    ["strict: known words as typed, the last as a prefix", typed, false, "mien & dong & tai & hoang:*"],
    ["loose: every word may be a near spelling", typed, true, "mien & dong & (tai | tay) & (hoang:* | hoan)"],
    ["an unknown word stands for its near spellings", [word("giag", false, ["giang", "gia"])], false, "(giang | gia)"],
    ["an unknown word without near spellings stays as typed", [word("xyz", false)], false, "xyz"],
    ["a word typed without spaces is its words in a row, not a spelling fix", [word("caphe", false, ["cap"], false, [["ca", "phe"], ["cap", "he"]])], false, "((ca <-> phe) | (cap <-> he))"],
    ["loose: a split word may also be a near spelling", [word("caphe", false, ["cap"], false, [["ca", "phe"]])], true, "((ca <-> phe) | cap)"],
  ])("%s", (_label, spelling, loose, expected) => {
    expect(tsqueryText(spelling, loose)).toBe(expected)
  })

  it("pairs each word with the next as a phrase, spelt the same way", () => {
    expect(phraseQueries(typed, true)).toEqual(["mien <-> dong", "dong <-> (tai | tay)", "(tai | tay) <-> (hoang:* | hoan)"])
    expect(phraseQueries([word("gao", true, [], true)], false)).toEqual([])
  })

  it("asks several words for one in the title, producer or place, or two side by side", () => {
    expect(evidenceQuery([word("soc", true), word("trang", true, [], true)], false)).toBe("soc:AB | trang:*AB | soc <-> trang:*")
    expect(evidenceQuery([word("matong", false, [], true, [["mat", "ong"]])], false)).toBeNull()
  })

  it("reads a split word as its first split", () => {
    expect(readText([word("mygao", false, [], false, [["my", "gao"]]), word("hung", true)])).toBe("my gao hung")
  })
})
