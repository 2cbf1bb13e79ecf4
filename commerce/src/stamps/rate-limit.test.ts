import { describe, expect, it } from "vitest"
import { TokenBuckets } from "./rate-limit"

describe("TokenBuckets", () => {
  it("allows a burst up to the limit, then asks the client to wait, then refills", () => {
    let now = 0
    const buckets = new TokenBuckets(30, () => now)
    for (let i = 0; i < 30; i++) expect(buckets.take("a")).toBe(0)
    expect(buckets.take("a")).toBe(2)
    expect(buckets.take("b")).toBe(0)
    now += 2_000
    expect(buckets.take("a")).toBe(0)
    expect(buckets.take("a")).toBeGreaterThan(0)
  })

  it("forgets idle clients", () => {
    let now = 0
    const buckets = new TokenBuckets(1, () => now)
    expect(buckets.take("a")).toBe(0)
    expect(buckets.take("a")).toBe(60)
    now += 120_000
    expect(buckets.take("a")).toBe(0)
  })
})
