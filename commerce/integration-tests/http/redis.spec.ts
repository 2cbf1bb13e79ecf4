import { spawn, type ChildProcess } from "node:child_process"
import { createConnection } from "node:net"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STAMP_MODULE } from "../../src/modules/stamp"
import type StampModuleService from "../../src/modules/stamp/service"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"

/**
 * With REDIS_URL set, Medusa runs its event bus, workflow engine and locking on Redis. This suite
 * boots the app that way against a real redis-server (Debian package `redis-server`, installed by
 * .ci/run) and drives a workflow, a subscriber and the store API through it.
 */
const port = 6390 + Math.floor(Math.random() * 500)
const redis: ChildProcess = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" })
await new Promise<void>((resolve, reject) => {
  const deadline = Date.now() + 10_000
  redis.once("error", (error) => reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)))
  const attempt = () => {
    const socket = createConnection({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.end()
      resolve()
    })
    socket.once("error", () => (Date.now() > deadline ? reject(new Error("redis-server did not accept connections")) : setTimeout(attempt, 100)))
  }
  attempt()
})

// File-level: runs after the runner's own suite has shut Medusa (and its Redis clients) down.
afterAll(() => {
  redis.kill()
})
// Set before the runner loads medusa-config (each spec file runs in its own process).
process.env.REDIS_URL = `redis://127.0.0.1:${port}`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      admin = await createAdminHeaders(getContainer())
    })

    it("runs on the Redis event bus, workflow engine and locking, and counts the stamp rate limit in Redis", async () => {
      const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      expect(config.projectConfig.redisUrl).toBe(`redis://127.0.0.1:${port}`)
      const eventBus = getContainer().resolve("event_bus") as { constructor: { name: string } }
      expect(eventBus.constructor.name).toMatch(/Redis/)

      // The stamp verify limit is counted in Redis, shared by every server process, with the same 429.
      const limiter = getContainer().resolve<StampModuleService>(STAMP_MODULE).verifyLimiter
      await vi.waitFor(() => expect(limiter.store).toBe("redis"))
      const shopper = { headers: { "x-publishable-api-key": fixture.publishableKey, "x-forwarded-for": "198.51.100.77" }, validateStatus: () => true }
      const statuses: number[] = []
      for (let i = 0; i < 31; i++) statuses.push((await api.get("/verify/stamps?code=0123456789ABCDEFGHJK", shopper)).status)
      expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true)
      expect(statuses[30]).toBe(429)
    })

    it("suspends a certificate through the Redis workflow engine and the storefront API follows", async () => {
      const store = { headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true }
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["certificates.id"], filters: { handle: fixture.handles.sellable } })
      const certificateId = (data[0] as unknown as { certificates: { id: string }[] }).certificates[0]!.id

      const suspended = await api.post(`/admin/ocop/certificates/${certificateId}/suspend`, { reason: "Kiểm tra qua Redis" }, { headers: admin.headers, validateStatus: () => true })
      expect(suspended.status).toBe(200)
      const list = await api.get("/store/ocop/products", store)
      expect(list.data.products.map((p: { handle: string }) => p.handle)).not.toContain(fixture.handles.sellable)

      // The status change reaches its subscriber through the Redis queue: the office is told.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await expect
        .poll(async () => (await notifications.listNotifications({ resource_id: certificateId, template: "certificate-status-changed" })).length, { timeout: 15_000 })
        .toBeGreaterThan(0)
      // Medusa shuts down (closing its Redis connections) as soon as the suite ends; a subscriber
      // workflow still releasing its grouped events then fails outside any test. Wait for the queue.
      const queue = (getContainer().resolve("event_bus") as unknown as { queue_: { getJobCounts(): Promise<Record<string, number>> } }).queue_
      await expect
        .poll(async () => {
          const counts = await queue.getJobCounts()
          return (counts.active ?? 0) + (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0)
        }, { timeout: 15_000 })
        .toBe(0)
    })
  },
})
