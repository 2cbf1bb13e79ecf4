import { describe, expect, it } from "vitest"
import { firstFreeHandle, handleCandidates, productHandle, withSuffix } from "./product-handle"

const storeHandle = /^[a-z0-9-]{1,200}$/

describe("productHandle", () => {
  it.each([
    ["Mật ong bạc hà Đồng Văn QA", "mat-ong-bac-ha-dong-van-qa"],
    ["Chè Tân Cương – loại đặc biệt (500 g)", "che-tan-cuong-loai-dac-biet-500-g"],
    ["  Cây quất cảnh Tứ Liên!  ", "cay-quat-canh-tu-lien"],
    ["ĐĐĐ", "ddd"],
    ["𝕋", "t"],
    ["Nước mắm Phú Quốc 40°N", "nuoc-mam-phu-quoc-40-n"],
    ["🍯🐝", "san-pham"],
    ["—", "san-pham"],
    ["Mật ong".normalize("NFD"), "mat-ong"],
  ])("%s → %s", (title, handle) => {
    expect(productHandle(title)).toBe(handle)
    expect(handle).toMatch(storeHandle)
  })

  it("caps the length without leaving a trailing hyphen", () => {
    const handle = productHandle(`${"Mật ong ".repeat(30)}`)
    expect(handle.length).toBeLessThanOrEqual(80)
    expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})

describe("firstFreeHandle", () => {
  it("keeps a free handle, else numbers it from 2", () => {
    expect(firstFreeHandle("mat-ong", new Set())).toBe("mat-ong")
    expect(firstFreeHandle("mat-ong", new Set(["mat-ong"]))).toBe("mat-ong-2")
    expect(firstFreeHandle("mat-ong", new Set(["mat-ong", "mat-ong-2", "mat-ong-3"]))).toBe("mat-ong-4")
  })

  it("answers null when every numbered handle is taken", () => {
    expect(firstFreeHandle("mat-ong", new Set(handleCandidates("mat-ong")))).toBeNull()
  })

  it("keeps a numbered handle within the cap", () => {
    const base = productHandle("a".repeat(200))
    expect(withSuffix(base, 12)).toHaveLength(80)
    expect(withSuffix(base, 12).endsWith("-12")).toBe(true)
  })
})
