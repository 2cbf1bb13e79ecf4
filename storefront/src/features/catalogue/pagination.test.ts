import { describe, expect, it } from "vitest"
import { pageLinks } from "./pagination"

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
