import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

/** Per-client limit on stamp verification: `take` answers 0 when allowed, otherwise the seconds to wait. */
export interface VerifyLimiter {
  /** Where clients are counted right now: "memory" without REDIS_URL, and while Redis is unreachable. */
  readonly store: "redis" | "memory"
  take(client: string): Promise<number>
  close(): Promise<void>
}

const WINDOW_SECONDS = 60

/**
 * `perMinute` verifications per client per minute (fixed one-minute windows, rate-limiter-flexible).
 * With a Redis URL the count is shared by every server process; without one it is kept in this
 * process. If Redis is unreachable the process falls back to counting in memory (the insurance
 * limiter) rather than refusing shoppers or letting a sweep through unlimited.
 */
export function createVerifyLimiter(options: { perMinute: number; redisUrl?: string | null; onRedisError?: (error: Error) => void }): VerifyLimiter {
  const points = Math.max(1, Math.floor(options.perMinute))
  const memory = new RateLimiterMemory({ keyPrefix: "ocop-stamp-verify", points, duration: WINDOW_SECONDS })
  let limiter: RateLimiterAbstract = memory
  let redis: Redis | undefined
  if (options.redisUrl) {
    // No offline queue: while Redis is down a verification must not wait for it.
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: "ocop-stamp-rate-limit" })
    let reported = false
    redis.on("ready", () => (reported = false))
    redis.on("error", (error: Error) => {
      // ioredis retries on its own and emits an error per attempt: report once per outage.
      if (!reported) options.onRedisError?.(error)
      reported = true
    })
    limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: "ocop:stamp-verify",
      points,
      duration: WINDOW_SECONDS,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
      // A client over the limit is refused from memory until the window ends: a sweep costs Redis nothing.
      inMemoryBlockOnConsumed: points + 1,
    })
  }
  return {
    get store() {
      return redis?.status === "ready" ? "redis" : "memory"
    },
    async take(client: string) {
      try {
        await limiter.consume(client)
        return 0
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
        throw rejection
      }
    },
    async close() {
      if (!redis) return
      await redis.quit().catch(() => redis!.disconnect())
    },
  }
}
