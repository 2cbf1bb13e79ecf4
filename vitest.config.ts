import { defineConfig } from "vitest/config"

/** Unit tier: fast tests beside the code, in every workspace, no servers. */
export default defineConfig({
  test: {
    include: [
      "search/src/**/*.test.ts",
      "commerce/src/**/*.test.ts",
      "commerce/*.test.ts",
      "storefront/src/**/*.test.ts",
      "storefront/*.test.ts",
      "scripts/**/*.test.ts",
      "tests/deploy/**/*.test.ts",
      "patches/*.test.ts",
    ],
    // Engine contract tests need a database or a search server: scripts/test.ts runs them as their own tier.
    exclude: ["**/node_modules/**", "**/*.contract.test.ts"],
    reporters: ["default"],
  },
})
