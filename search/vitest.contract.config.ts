import { defineConfig } from "vitest/config"

/**
 * The search engine contract: one suite run against every engine that is available — Postgres
 * always (SEARCH_TEST_DATABASE_URL, set by scripts/test.ts), Meilisearch when MEILISEARCH_HOST
 * answers.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.contract.test.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
})
