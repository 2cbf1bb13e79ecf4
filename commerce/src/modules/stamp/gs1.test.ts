import { describe, expect, it } from "vitest"
import { buildDigitalLinkPath, gtinCheckDigit, normaliseGtin, parseDigitalLinkPath } from "./gs1"

describe("GTIN", () => {
  it.each([
    ["8935049500018", "08935049500018"],
    ["08935049500018", "08935049500018"],
    ["96385074", "00000096385074"],
    ["036000291452", "00036000291452"],
    [" 8935049500018 ", "08935049500018"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normaliseGtin(input)).toBe(expected)
  })

  it.each([
    ["wrong check digit", "8935049500017"],
    ["11 digits", "89350495000"],
    ["letters", "893504950001A"],
    ["15 digits", "089350495000180"],
    ["all zeros", "00000000000000"],
    ["empty", ""],
  ])("refuses %s", (_label, input) => {
    expect(normaliseGtin(input)).toBeNull()
  })

  it("computes the GS1 mod-10 check digit", () => {
    expect(gtinCheckDigit("893504950001")).toBe(8)
    expect(gtinCheckDigit("0003600029145")).toBe(2)
  })
})

describe("Digital Link paths", () => {
  it("builds AI 01 → 10 → 21 with the GTIN padded to 14 digits", () => {
    expect(buildDigitalLinkPath({ gtin: "8935049500018", lot: "L2026-01", serial: "0A1B2C3D4E5F6G7H8J9K" })).toBe("/01/08935049500018/10/L2026-01/21/0A1B2C3D4E5F6G7H8J9K")
  })

  it("leaves out AI 10 when there is no lot", () => {
    expect(buildDigitalLinkPath({ gtin: "08935049500018", lot: null, serial: "ABC" })).toBe("/01/08935049500018/21/ABC")
  })

  it("percent-encodes characters that are not URI-unreserved", () => {
    const path = buildDigitalLinkPath({ gtin: "8935049500018", lot: "A/B%1", serial: "X(1)" })
    expect(path).toBe("/01/08935049500018/10/A%2FB%251/21/X%281%29")
    expect(parseDigitalLinkPath(path)).toEqual({ ok: true, link: { gtin: "08935049500018", lot: "A/B%1", serial: "X(1)" } })
  })

  it("refuses an invented GTIN and a lot outside the GS1 character set", () => {
    expect(() => buildDigitalLinkPath({ gtin: "1234567890123", serial: "X" })).toThrow(/not a valid GTIN/)
    expect(() => buildDigitalLinkPath({ gtin: "8935049500018", lot: "lô 1", serial: "X" })).toThrow(/lot/)
  })

  it.each([
    ["a bare path", "/01/08935049500018/10/LOT1/21/SERIAL1", { gtin: "08935049500018", lot: "LOT1", serial: "SERIAL1" }],
    ["a full URL with a query", "https://cho-ocop.vn/01/8935049500018/21/S1?linkType=all", { gtin: "08935049500018", lot: null, serial: "S1" }],
    ["a GTIN-8", "/01/96385074/21/S1", { gtin: "00000096385074", lot: null, serial: "S1" }],
    ["a trailing slash", "/01/08935049500018/21/S1/", { gtin: "08935049500018", lot: null, serial: "S1" }],
  ])("parses %s", (_label, input, link) => {
    expect(parseDigitalLinkPath(input)).toEqual({ ok: true, link })
  })

  it.each([
    ["serial before lot", "/01/08935049500018/21/S1/10/LOT1", /order/],
    ["GTIN after serial", "/21/S1/01/08935049500018", /order/],
    ["a repeated AI", "/01/08935049500018/21/S1/21/S2", /order/],
    ["a bad check digit", "/01/08935049500017/21/S1", /GTIN/],
    ["no serial", "/01/08935049500018/10/LOT1", /serial/],
    ["no GTIN", "/10/LOT1/21/S1", /GTIN/],
    ["an AI without a value", "/01/08935049500018/21", /value/],
    ["an unknown AI", "/01/08935049500018/17/261231/21/S1", /not used/],
    ["broken percent-encoding", "/01/08935049500018/21/%E0%A4%A", /readable/],
    ["a serial that is too long", `/01/08935049500018/21/${"A".repeat(21)}`, /serial/],
    ["non-GS1 characters", "/01/08935049500018/21/%C3%A2", /serial/],
  ])("refuses %s", (_label, input, problem) => {
    const parsed = parseDigitalLinkPath(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toMatch(problem)
  })
})
