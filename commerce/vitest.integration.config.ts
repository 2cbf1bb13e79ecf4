import { defineConfig } from "vitest/config"

/**
 * HTTP integration tier: a real Medusa app on a real PostgreSQL (DB_HOST/DB_PORT/DB_USERNAME/
 * DB_PASSWORD, set by scripts/test.ts to the embedded server). Medusa's test runner loads the app's
 * TypeScript through require(), hence the ts-node register in the setup file and forked workers.
 */
export default defineConfig({
  test: {
    include: ["integration-tests/http/**/*.spec.ts"],
    globals: true,
    pool: "forks",
    // Each spec file boots its own Medusa on its own database; two at a time keep both cores busy
    // while the other waits on PostgreSQL (the whole tier measured 3 min 42 s this way).
    fileParallelism: true,
    maxWorkers: 2,
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
})
