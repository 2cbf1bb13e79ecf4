import { describe, expect, it } from "vitest"
import { durationsByOverlap, type Span } from "./overlap.ts"

describe("durationsByOverlap", () => {
  it("puts a timed call with another call open during it in shared, and one with none in unshared", () => {
    const add: Span = { startedMs: 100, endedMs: 220 }
    const lateAdd: Span = { startedMs: 500, endedMs: 610 }
    const cartRead: Span = { startedMs: 200, endedMs: 240 }
    const completion: Span = { startedMs: 240, endedMs: 480 }
    expect(durationsByOverlap([add, lateAdd], [add, cartRead, completion, lateAdd])).toEqual({ unshared: [110], shared: [120] })
  })

  it("does not count calls that only touch the timed one's start or end as open during it", () => {
    const add: Span = { startedMs: 100, endedMs: 200 }
    const before: Span = { startedMs: 0, endedMs: 100 }
    const after: Span = { startedMs: 200, endedMs: 300 }
    expect(durationsByOverlap([add], [before, add, after])).toEqual({ unshared: [100], shared: [] })
  })
})
