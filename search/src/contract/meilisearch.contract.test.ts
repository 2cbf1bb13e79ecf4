import { Meilisearch } from "meilisearch"
import { describe, it } from "vitest"
import { createMeilisearchEngine } from "../meilisearch/engine.ts"
import { describeEngineContract } from "./suite.ts"

const host = process.env.MEILISEARCH_HOST
const apiKey = process.env.MEILISEARCH_API_KEY
const reachable = host ? await new Meilisearch({ host, apiKey, timeout: 3000 }).isHealthy() : false

if (host && reachable) {
  describeEngineContract(
    "meilisearch",
    async (indexName) => createMeilisearchEngine({ host, apiKey, indexUid: indexName }),
    async (indexName) => {
      const client = new Meilisearch({ host, apiKey })
      // A task that fails with index_not_found is fine here: there is nothing left to drop.
      for (const uid of [indexName, `${indexName}_next`]) await client.deleteIndex(uid).waitTask()
    }
  )
} else {
  const why = host ? `no server answers at ${host}` : "MEILISEARCH_HOST is not set"
  console.info(`search engine contract: meilisearch skipped: no server (${why})`)
  describe.skip(`search engine contract: meilisearch (skipped: no server, ${why})`, () => {
    it("runs when a Meilisearch server is reachable", () => {})
  })
}
