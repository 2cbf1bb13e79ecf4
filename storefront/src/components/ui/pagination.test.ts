import { describe, expect, it } from "vitest"
import { pageLinks, pageWithinListing } from "./pagination"

describe("pageLinks", () => {
  it.each([
    [1, 1, [1]],
    [1, 4, [1, 2, 3, 4]],
    [1, 5, [1, 2, "gap", 5]],
    [3, 4, [1, 2, 3, 4]],
    [5, 10, [1, "gap", 4, 5, 6, "gap", 10]],
    [4, 10, [1, 2, 3, 4, 5, "gap", 10]],
    [10, 10, [1, "gap", 9, 10]],
  ] as const)("page %i of %i", (current, pages, expected) => {
    expect(pageLinks(current, pages)).toEqual(expected)
  })
})

describe("pageWithinListing", () => {
  it.each([
    [1, 82, null],
    [4, 82, null],
    [5, 82, 4],
    [417, 82, 4],
    [3, 0, 1],
    [1, 0, null],
  ])("page %i of %i products → %s", (page, total, expected) => {
    expect(pageWithinListing(page, total, 24)).toBe(expected)
  })
})
