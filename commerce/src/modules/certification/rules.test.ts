import { describe, expect, it } from "vitest"
import { daysUntil, starsForScore, validUntil } from "./rules"

describe("starsForScore", () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.99, 4],
    [70, 4],
    [69.5, 3],
    [50, 3],
    [49.9, null],
    [0, null],
  ])("a score of %s earns %s stars", (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })

  it.each([-1, 100.5, Number.NaN])("rejects the impossible score %s", (score) => {
    expect(() => starsForScore(score)).toThrow(RangeError)
  })
})

describe("validUntil", () => {
  it.each([
    ["2024-08-06T00:00:00Z", "2027-08-06T00:00:00.000Z"],
    ["2025-01-17T00:00:00Z", "2028-01-17T00:00:00.000Z"],
    ["2024-02-29T00:00:00Z", "2027-02-28T00:00:00.000Z"],
    ["2023-12-31T10:30:00Z", "2026-12-31T10:30:00.000Z"],
  ])("a decision signed %s is valid until %s", (signed, until) => {
    expect(validUntil(new Date(signed)).toISOString()).toBe(until)
  })
})

describe("daysUntil", () => {
  it("counts whole days and turns negative after expiry", () => {
    const now = new Date("2026-11-23T12:00:00Z")
    expect(daysUntil(new Date("2026-12-23T12:00:00Z"), now)).toBe(30)
    expect(daysUntil(new Date("2026-11-22T12:00:00Z"), now)).toBe(-1)
  })
})
