import { describe, expect, it } from "vitest"
import { formatOpeningHours } from "./opening-hours"

describe("formatOpeningHours", () => {
  it.each([
    ["Mo-Su 07:00-21:00", "07:00–21:00 hằng ngày", "07:00–21:00 daily"],
    ["24/7", "Mở cửa 24/24, mọi ngày", "Open 24 hours, every day"],
    ["Mo-Fr 08:00-17:00; Sa 08:00-12:00", "Thứ Hai–Thứ Sáu 08:00–17:00; Thứ Bảy 08:00–12:00", "Monday–Friday 08:00–17:00; Saturday 08:00–12:00"],
    ["Mo-Su 07:00-11:30, 13:30-21:00", "07:00–11:30, 13:30–21:00 hằng ngày", "07:00–11:30, 13:30–21:00 daily"],
  ])("reads %s in both languages", (stored, vi, en) => {
    expect(formatOpeningHours(stored, "vi")).toBe(vi)
    expect(formatOpeningHours(stored, "en")).toBe(en)
  })

  it("shows hours it cannot read as stored rather than guessing", () => {
    expect(formatOpeningHours("Mo-Su sunrise-sunset", "en")).toBe("Mo-Su sunrise-sunset")
    expect(formatOpeningHours("PH off", "vi")).toBe("PH off")
  })
})
