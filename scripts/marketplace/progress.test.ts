import { describe, expect, it } from "vitest"
import { createProgress, formatDuration } from "./progress.ts"

describe("progress", () => {
  it.each([
    [12, "12 ms"],
    [1500, "1.5 s"],
    [61_000, "1 min 1 s"],
  ])("formats %i ms as %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it("numbers the steps, reports their duration, and marks a failing step", async () => {
    const lines: string[] = []
    const progress = createProgress(2, (line) => lines.push(line))
    await progress.step("Starting PostgreSQL", async () => "ok")
    await expect(progress.step("Migrating", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom")
    expect(lines[0]).toBe("[1/2] Starting PostgreSQL…")
    expect(lines[1]).toMatch(/^\[1\/2\] Starting PostgreSQL: done in \d+ ms$/)
    expect(lines[3]).toMatch(/^\[2\/2\] Migrating: FAILED after/)
  })
})
