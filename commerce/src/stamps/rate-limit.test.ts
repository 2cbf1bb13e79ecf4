import { spawn, type ChildProcess } from "node:child_process"
import { createConnection } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createVerifyLimiter } from "./rate-limit"

/** A throwaway redis-server (Debian package `redis-server`) on a free-ish port, no persistence. */
async function startRedis(port: number): Promise<ChildProcess> {
  const server = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" })
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 10_000
    server.once("error", (error) => reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)))
    const attempt = () => {
      const socket = createConnection({ port, host: "127.0.0.1" })
      socket.once("connect", () => {
        socket.end()
        resolve()
      })
      socket.once("error", () => (Date.now() > deadline ? reject(new Error("redis-server did not accept connections")) : setTimeout(attempt, 50)))
    }
    attempt()
  })
  return server
}

async function takeMany(limiter: { take(client: string): Promise<number> }, client: string, times: number): Promise<number[]> {
  const waits: number[] = []
  for (let i = 0; i < times; i++) waits.push(await limiter.take(client))
  return waits
}

describe("verify rate limit in memory", () => {
  it("allows the limit per minute, then asks the client to wait, per client", async () => {
    const limiter = createVerifyLimiter({ perMinute: 30 })
    expect(limiter.store).toBe("memory")
    const waits = await takeMany(limiter, "198.51.100.1", 31)
    expect(waits.slice(0, 30).every((wait) => wait === 0)).toBe(true)
    expect(waits[30]).toBeGreaterThan(0)
    expect(waits[30]).toBeLessThanOrEqual(60)
    expect(await limiter.take("198.51.100.2")).toBe(0)
  })
})

describe("verify rate limit in Redis", () => {
  const port = 7390 + Math.floor(Math.random() * 500)
  let redis: ChildProcess
  beforeAll(async () => {
    redis = await startRedis(port)
  })
  afterAll(() => {
    redis.kill()
  })

  it("shares one count between server processes, and keeps answering from memory when Redis goes away", async () => {
    const redisUrl = `redis://127.0.0.1:${port}`
    const errors: string[] = []
    // Two limiters stand for two commerce processes behind one load balancer.
    const first = createVerifyLimiter({ perMinute: 10, redisUrl, onRedisError: (error) => errors.push(error.message) })
    const second = createVerifyLimiter({ perMinute: 10, redisUrl })
    try {
      await expect.poll(() => [first.store, second.store]).toEqual(["redis", "redis"])
      const waits: number[] = []
      for (let i = 0; i < 11; i++) waits.push(await (i % 2 === 0 ? first : second).take("203.0.113.9"))
      expect(waits.slice(0, 10)).toEqual(Array(10).fill(0))
      expect(waits[10]).toBeGreaterThan(0)
      expect(waits[10]).toBeLessThanOrEqual(60)
      expect(await first.take("203.0.113.9")).toBeGreaterThan(0)
      expect(await second.take("203.0.113.10")).toBe(0)

      redis.kill()
      await new Promise((resolve) => redis.once("exit", resolve))
      await expect.poll(() => first.store).toBe("memory")
      // Verifications go on, counted in this process, and the outage is reported once.
      const offline = await takeMany(first, "203.0.113.11", 11)
      expect(offline.slice(0, 10)).toEqual(Array(10).fill(0))
      expect(offline[10]).toBeGreaterThan(0)
      await expect.poll(() => errors.length).toBe(1)
    } finally {
      await first.close()
      await second.close()
    }
  })
})
