import { describe, expect, it } from "vitest"
import { FOLD_FROM, FOLD_TO, foldName, nameSearchPattern } from "./name-search"

describe("producer name search", () => {
  it.each([
    ["HTX Tài Hoan", "htx tai hoan"],
    ["Công ty TNHH Đông Á", "cong ty tnhh dong a"],
    ["Hộ sản xuất Vũ Văn Mến", "ho san xuat vu van men"],
    ["Trà Ưu Đàm", "tra uu dam"],
    // Decomposed input (some keyboards on macOS) folds like the composed form.
    ["Tài".normalize("NFD"), "tai"],
  ])("folds %s to %s", (name, folded) => {
    expect(foldName(name)).toBe(folded)
  })

  it("gives translate() one plain letter for every accented letter, in both cases", () => {
    expect([...FOLD_FROM]).toHaveLength([...FOLD_TO].length)
    expect(FOLD_TO).toMatch(/^[a-z]+$/)
    for (const [index, letter] of [...FOLD_FROM].entries()) expect(foldName(letter)).toBe([...FOLD_TO][index])
  })

  it("takes LIKE wildcards in the term literally", () => {
    expect(nameSearchPattern(" 100%_Đạt\\ ")).toBe("%100\\%\\_dat\\\\%")
  })
})
