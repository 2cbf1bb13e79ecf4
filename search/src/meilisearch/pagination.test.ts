import { describe, expect, it } from "vitest"
import { pageRequest, tierSlices } from "./pagination.ts"

describe("pageRequest", () => {
  it.each([
    [0, 24, { page: 1, hitsPerPage: 24, skip: 0 }],
    [24, 24, { page: 2, hitsPerPage: 24, skip: 0 }],
    [48, 24, { page: 3, hitsPerPage: 24, skip: 0 }],
    [3, 3, { page: 2, hitsPerPage: 3, skip: 0 }],
    [5, 10, { page: 1, hitsPerPage: 15, skip: 5 }],
    [1050, 100, { page: 11, hitsPerPage: 105, skip: 0 }],
  ])("covers offset %i, limit %i", (offset, limit, expected) => {
    expect(pageRequest(offset, limit)).toEqual(expected)
  })

  it("always covers exactly the requested hits", () => {
    for (let offset = 0; offset < 300; offset += 7) {
      for (const limit of [1, 2, 5, 24, 100]) {
        const { page, hitsPerPage, skip } = pageRequest(offset, limit)
        const start = (page - 1) * hitsPerPage
        expect(start + skip).toBe(offset)
        expect(start + hitsPerPage).toBeGreaterThanOrEqual(offset + limit)
        expect(hitsPerPage).toBeLessThanOrEqual(offset + limit)
      }
    }
  })

  it("asks for no hits when none are wanted", () => {
    expect(pageRequest(10, 0)).toEqual({ page: 1, hitsPerPage: 0, skip: 0 })
  })
})

describe("tierSlices", () => {
  it.each([
    ["a page inside the first tier", [10, 5, 20], 0, 5, [{ tier: 0, offset: 0, limit: 5 }]],
    ["a page spanning all tiers", [2, 1, 20], 0, 5, [{ tier: 0, offset: 0, limit: 2 }, { tier: 1, offset: 0, limit: 1 }, { tier: 2, offset: 0, limit: 2 }]],
    ["a later page past the exact tiers", [2, 1, 20], 6, 3, [{ tier: 2, offset: 3, limit: 3 }]],
    ["empty tiers", [0, 0, 4], 0, 24, [{ tier: 2, offset: 0, limit: 4 }]],
    ["a page past the end", [1, 1, 1], 3, 5, []],
  ])("places %s", (_label, counts, offset, limit, expected) => {
    expect(tierSlices(counts, offset, limit)).toEqual(expected)
  })
})
