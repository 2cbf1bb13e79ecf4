import { describe, expect, it } from "vitest"
import { vietnamDay } from "./vietnam-calendar"

describe("vietnamDay", () => {
  it.each([
    ["2026-12-10T16:59:59.999Z", "10/12/2026", "2026-12-10"],
    ["2026-12-10T17:00:00.000Z", "11/12/2026", "2026-12-11"],
    ["2029-01-14T16:59:59.999Z", "14/01/2029", "2029-01-14"],
  ])("names %s as %s / %s", (instant, vi, en) => {
    expect(vietnamDay(instant)).toEqual({ vi, en })
  })
})
