import { createRequire } from "node:module"
import { dirname } from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"

const require = createRequire(import.meta.url)
// medusa-config.ts is CommonJS, as Medusa loads it; compile it the way Medusa's CLI does.
require("ts-node").register({ transpileOnly: true, swc: true, project: require.resolve("./tsconfig.json") })

interface LoadedConfig {
  projectConfig: { databaseUrl?: string; redisUrl?: string; workerMode: string; http: { jwtSecret: string }; cookieOptions: Record<string, unknown> }
  admin: { disable: boolean }
  modules: { key?: string; resolve: string; options?: Record<string, unknown> }[] | Record<string, unknown>
}

function loadConfig(env: Record<string, string | undefined>): LoadedConfig {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value as string)
  // Medusa resolves the app's own modules (./src/modules/…) from the working directory.
  vi.spyOn(process, "cwd").mockReturnValue(dirname(require.resolve("./medusa-config.ts")))
  const path = require.resolve("./medusa-config.ts")
  delete require.cache[path]
  return require(path) as LoadedConfig
}

function resolves(config: LoadedConfig): string[] {
  const modules = Array.isArray(config.modules) ? config.modules : Object.values(config.modules as Record<string, { resolve: string }>)
  return modules.map((m) => (m as { resolve: string }).resolve)
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

// The first require compiles Medusa's config through ts-node: seconds on an idle machine, far more
// on a busy 2-core one.
describe("medusa-config", { timeout: 60_000 }, () => {
  it("uses Medusa's in-memory infrastructure when REDIS_URL is unset", () => {
    const config = loadConfig({ REDIS_URL: undefined, NODE_ENV: "development" })
    expect(resolves(config)).not.toContain("@medusajs/medusa/event-bus-redis")
    expect(config.projectConfig.redisUrl).toBeUndefined()
  })

  it("switches event bus, workflow engine and locking to Redis when REDIS_URL is set", () => {
    const config = loadConfig({ REDIS_URL: "redis://cache.internal:6379", NODE_ENV: "development" })
    expect(resolves(config)).toEqual(
      expect.arrayContaining(["@medusajs/medusa/event-bus-redis", "@medusajs/medusa/workflow-engine-redis", "@medusajs/medusa/locking"])
    )
    expect(config.projectConfig.redisUrl).toBe("redis://cache.internal:6379")
  })

  it("refuses to run in production without real secrets", () => {
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "", COOKIE_SECRET: "" })).toThrow(/JWT_SECRET must be set/)
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "j".repeat(32), COOKIE_SECRET: "c".repeat(32), STAMP_SIGNING_KEYS: "" })).toThrow(/STAMP_SIGNING_KEYS must be set/)
  })

  it("offers Stripe only when STRIPE_API_KEY is set", () => {
    const without = JSON.stringify(loadConfig({ STRIPE_API_KEY: undefined, NODE_ENV: "development" }).modules)
    const withKey = JSON.stringify(loadConfig({ STRIPE_API_KEY: "sk_test_123", NODE_ENV: "development" }).modules)
    expect(without).not.toContain("payment-stripe")
    expect(withKey).toContain("payment-stripe")
  })

  it("sends notifications by SMTP when SMTP_URL is set, and only records them otherwise", () => {
    const local = JSON.stringify(loadConfig({ SMTP_URL: undefined, NODE_ENV: "development" }).modules)
    const smtp = JSON.stringify(loadConfig({ SMTP_URL: "smtp://mail.internal:25", EMAIL_FROM: "ocop@example.vn", NODE_ENV: "development" }).modules)
    expect(local).toContain("notification-local")
    expect(smtp).toContain("email-smtp")
    expect(smtp).not.toContain("notification-local")
  })

  it("keeps session cookies Secure unless the local start turns it off", () => {
    expect(loadConfig({ COOKIE_SECURE: undefined, NODE_ENV: "development" }).projectConfig.cookieOptions).toEqual({})
    expect(loadConfig({ COOKIE_SECURE: "false", NODE_ENV: "development" }).projectConfig.cookieOptions).toEqual({ secure: false })
  })
})
