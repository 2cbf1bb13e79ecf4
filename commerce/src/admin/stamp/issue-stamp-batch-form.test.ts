import { describe, expect, it } from "vitest"
import { LOT_PATTERN } from "./issue-stamp-batch-form"

// How a browser applies an input's `pattern` attribute (HTML: anchored, compiled with the `v` flag).
const browserCheck = () => new RegExp(`^(?:${LOT_PATTERN})$`, "v")

describe("the stamp batch form's lot pattern", () => {
  it("compiles as browsers compile it, so the check is not silently dropped", () => {
    expect(browserCheck).not.toThrow()
  })

  it.each([
    ["L2025-01", true],
    ["lo.7/A_b", true],
    ["12345678901234567890", true],
    ["123456789012345678901", false],
    ["LÔ-1", false],
    ["L 1", false],
    ["L#1", false],
  ])("%s → %s", (lot, accepted) => {
    expect(browserCheck().test(lot)).toBe(accepted)
  })
})
