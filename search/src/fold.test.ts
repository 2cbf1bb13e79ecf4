import { describe, expect, it } from "vitest"
import { foldVietnamese } from "./fold.ts"

describe("foldVietnamese", () => {
  it.each([
    ["Miến dong Tài Hoan", "mien dong tai hoan"],
    ["Đông trùng hạ thảo", "dong trung ha thao"],
    ["MẬT ONG BẠC HÀ", "mat ong bac ha"],
    ["Bắc Hà", "bac ha"],
    ["  Nước   mắm  ", "nuoc mam"],
  ])("folds %s to %s", (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded)
  })

  it("treats decomposed (NFD) input like composed input", () => {
    expect(foldVietnamese("Nước mắm".normalize("NFD"))).toBe(foldVietnamese("Nước mắm".normalize("NFC")))
  })
})
