/**
 * Token buckets per client, in memory: each client may verify `perMinute` times a minute, in bursts
 * up to the same number. One bucket map per server process; buckets idle for a full refill are
 * dropped so the map stays small.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()
  private readonly ratePerMs: number
  private lastSweep = 0

  constructor(private readonly perMinute: number, private readonly clock: () => number = Date.now) {
    this.ratePerMs = perMinute / 60_000
  }

  /** Takes one token; returns 0 when allowed, otherwise the seconds to wait. */
  take(key: string): number {
    const now = this.clock()
    this.sweep(now)
    const bucket = this.buckets.get(key)
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.ratePerMs) : this.perMinute
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now })
      return 0
    }
    this.buckets.set(key, { tokens, at: now })
    return Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000))
  }

  private sweep(now: number) {
    if (now - this.lastSweep < 60_000) return
    this.lastSweep = now
    for (const [key, bucket] of this.buckets) if (now - bucket.at > 60_000) this.buckets.delete(key)
  }
}
