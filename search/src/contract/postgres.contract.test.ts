import pg from "pg"
import { createPostgresEngine } from "../postgres/engine.ts"
import { describeEngineContract } from "./suite.ts"

const connection = process.env.SEARCH_TEST_DATABASE_URL
if (!connection) throw new Error("SEARCH_TEST_DATABASE_URL must name a PostgreSQL database for the Postgres engine contract tests (npm test sets it)")

describeEngineContract(
  "postgres",
  async (indexName) => createPostgresEngine({ connection, table: indexName }),
  async (indexName) => {
    const client = new pg.Client({ connectionString: connection })
    await client.connect()
    await client.query(`DROP TABLE IF EXISTS ${indexName}, ${indexName}_word, ${indexName}_next, ${indexName}_next_word`)
    await client.end()
  }
)
