import { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { calendarDate, parseInput } from "./validation"

describe("parseInput", () => {
  const Body = z.object({ quantity: z.number().positive(), note: z.string().max(3, "note must be at most 3 characters") }).strict()

  it("words zod's own checks in Vietnamese, then English, and keeps a schema's message", () => {
    expect(() => parseInput(Body, { quantity: 0, note: "dài quá" }, "body")).toThrow(
      /^Invalid body: quantity: Quá nhỏ: .+ \/ Too small: expected number to be >0; note: note must be at most 3 characters$/
    )
  })

  it("names unknown parameters", () => {
    expect(() => parseInput(Body, { quantity: 1, note: "ok", extra: 1 }, "body")).toThrow("unknown body parameter(s): extra")
  })
})

describe("calendarDate", () => {
  it.each([
    ["2026-02-28", true],
    ["2026-02-30", false],
    ["0000-01-01", false],
    ["1899-12-31", false],
    ["1900-01-01", true],
    ["2199-12-31", true],
    ["2200-01-01", false],
    ["26-02-28", false],
  ])("%s → %s", (value, valid) => {
    expect(calendarDate.safeParse(value).success).toBe(valid)
  })
})
