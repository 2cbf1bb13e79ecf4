import pg from "pg"
import { documentText, type SearchDocument } from "../document.ts"
import type { EngineHealth, ReindexProgress, SearchEngine } from "../engine.ts"
import { foldVietnamese } from "../fold.ts"
import { emptyFacets, page, prepareText, type SearchQuery, type SearchResult, type SearchSort } from "../query.ts"
import { assertTableName, createTableSql, indexNames } from "./schema.ts"

export interface PostgresEngineOptions {
  /** Connection string or pg settings for the database that holds the index (the commerce database). */
  connection: string | pg.PoolConfig
  table?: string
  /** Word similarity (0–1) a misspelt query needs to match a title, producer or place. */
  typoThreshold?: number
  maxConnections?: number
}

type Row = {
  id: string
  document: SearchDocument
  product_group: string
  stars: number
  price_vnd: number | null
  province_slug: string
  producer_handle: string
  sales_points: string[]
  certificate_status: string
  valid_until: string
  decision_date: string
  title_exact: string
  text_exact: string
  title_folded: string
  name_folded: string
  body_folded: string
}

const columns: (keyof Row)[] = [
  "id",
  "document",
  "product_group",
  "stars",
  "price_vnd",
  "province_slug",
  "producer_handle",
  "sales_points",
  "certificate_status",
  "valid_until",
  "decision_date",
  "title_exact",
  "text_exact",
  "title_folded",
  "name_folded",
  "body_folded",
]
const columnTypes: Record<keyof Row, string> = {
  id: "text",
  document: "jsonb",
  product_group: "text",
  stars: "smallint",
  price_vnd: "bigint",
  province_slug: "text",
  producer_handle: "text",
  sales_points: "text[]",
  certificate_status: "text",
  valid_until: "timestamptz",
  decision_date: "timestamptz",
  title_exact: "text",
  text_exact: "text",
  title_folded: "text",
  name_folded: "text",
  body_folded: "text",
}

const BATCH = 1000

function exactText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim()
}

/** The stored row for a document: filter columns plus exact and folded text. */
export function toRow(document: SearchDocument): Row {
  const text = documentText(document)
  const name = [text.title, document.producer.name, document.commune, document.province].join(" ")
  return {
    id: document.id,
    document,
    product_group: document.group,
    stars: document.stars,
    price_vnd: document.priceVnd,
    province_slug: document.provinceSlug,
    producer_handle: document.producer.handle,
    sales_points: document.salesPoints,
    certificate_status: document.certificate.status,
    valid_until: document.certificate.validUntil,
    decision_date: document.certificate.decisionDate,
    title_exact: exactText(text.title),
    text_exact: exactText(`${text.title} ${text.body}`),
    title_folded: foldVietnamese(text.title),
    name_folded: foldVietnamese(name),
    body_folded: foldVietnamese(text.body),
  }
}

/** Collects positional parameters ($1, $2, …) as a query is built. */
class Parameters {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

const orderBy: Record<Exclude<SearchSort, "relevance">, string> = {
  newest: "decision_date DESC, id DESC",
  stars: "stars DESC, decision_date DESC, id DESC",
  price_asc: "price_vnd ASC NULLS LAST, id ASC",
  price_desc: "price_vnd DESC NULLS LAST, id DESC",
}

/**
 * The embedded default: an index table in the commerce database. Full-text search over folded
 * text ranks first, trigram word similarity on names catches typos, and an exact match of what
 * the shopper typed with marks outranks a folded one ("bạc hà" the herb, not Bắc Hà the place).
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres"
  readonly table: string
  private readonly pool: pg.Pool

  constructor(options: PostgresEngineOptions) {
    this.table = assertTableName(options.table ?? "ocop_search_document")
    const threshold = options.typoThreshold ?? 0.5
    if (!(threshold > 0 && threshold <= 1)) throw new Error("typoThreshold must be between 0 and 1")
    const base: pg.PoolConfig = typeof options.connection === "string" ? { connectionString: options.connection } : options.connection
    // The `<%` operator reads its threshold from the session: set it at connection start-up
    // (libpq's `options`, which pg passes on but its types do not list).
    const settings: pg.PoolConfig & { options: string } = {
      ...base,
      max: options.maxConnections ?? 4,
      options: `-c pg_trgm.word_similarity_threshold=${threshold}`,
    }
    this.pool = new pg.Pool(settings)
    // An idle connection the server closed (restart, failover) is dropped and replaced; without a
    // listener the pool's error event would end the process.
    this.pool.on("error", () => {})
  }

  async applySettings(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [this.table])
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm")
      for (const statement of createTableSql(this.table)) await client.query(statement)
    })
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH) {
      await this.write(this.table, documents.slice(start, start + BATCH))
    }
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.pool.query(`DELETE FROM ${this.table} WHERE id = ANY($1::text[])`, [ids])
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { limit, offset } = page(query)
    const params = new Parameters()
    const where = ["certificate_status = 'active'", `valid_until > ${params.add((query.now ?? new Date()).toISOString())}::timestamptz`]
    const filters = query.filters ?? {}
    if (filters.group?.length) where.push(`product_group = ANY(${params.add(filters.group)}::text[])`)
    if (filters.stars?.length) where.push(`stars = ANY(${params.add(filters.stars)}::int[])`)
    if (filters.province?.length) where.push(`province_slug = ANY(${params.add(filters.province)}::text[])`)
    if (filters.producer?.length) where.push(`producer_handle = ANY(${params.add(filters.producer)}::text[])`)
    if (filters.priceMin !== undefined) where.push(`price_vnd >= ${params.add(filters.priceMin)}`)
    if (filters.priceMax !== undefined) where.push(`price_vnd <= ${params.add(filters.priceMax)}`)
    if (filters.salesPoint?.length) where.push(`sales_points && ${params.add(filters.salesPoint)}::text[]`)
    if (filters.pickup) where.push("cardinality(sales_points) > 0")

    const text = prepareText(query.q)
    let score = "0"
    if (text.terms.length > 0) {
      // Terms are [a-z0-9]+ after folding, so the tsquery string cannot carry operators.
      const tsquery = `to_tsquery('simple', ${params.add(text.terms.map((term) => `${term}:*`).join(" & "))})`
      const folded = params.add(text.folded)
      where.push(`(search_vector @@ ${tsquery} OR ${folded} <% name_folded)`)
      const exactBonus = text.exact
        ? (() => {
            const exact = params.add(text.exact)
            return `+ 3 * (strpos(title_exact, ${exact}) > 0)::int + (strpos(text_exact, ${exact}) > 0)::int`
          })()
        : ""
      score = `2 * (search_vector @@ ${tsquery})::int + ts_rank(search_vector, ${tsquery}) + word_similarity(${folded}, title_folded) ${exactBonus}`
    }

    const sort = query.sort ?? "relevance"
    const order =
      sort === "relevance" ? (text.terms.length > 0 ? "score DESC, stars DESC, id" : orderBy.stars) : orderBy[sort]
    const sql = `
      WITH matched AS MATERIALIZED (
        SELECT id, product_group, stars, province_slug, price_vnd, decision_date, ${score} AS score
        FROM ${this.table}
        WHERE ${where.join(" AND ")}
      ),
      hit_page AS (
        SELECT id, row_number() OVER (ORDER BY ${order}) AS position
        FROM matched ORDER BY ${order} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}
      )
      SELECT
        (SELECT count(*) FROM matched)::int AS total,
        (SELECT coalesce(jsonb_agg(d.document ORDER BY p.position), '[]'::jsonb)
           FROM hit_page p JOIN ${this.table} d ON d.id = p.id) AS hits,
        (SELECT coalesce(jsonb_object_agg(product_group, n), '{}'::jsonb)
           FROM (SELECT product_group, count(*)::int AS n FROM matched GROUP BY 1) f) AS group_facet,
        (SELECT coalesce(jsonb_object_agg(stars, n), '{}'::jsonb)
           FROM (SELECT stars, count(*)::int AS n FROM matched GROUP BY 1) f) AS stars_facet,
        (SELECT coalesce(jsonb_object_agg(province_slug, n), '{}'::jsonb)
           FROM (SELECT province_slug, count(*)::int AS n FROM matched GROUP BY 1) f) AS province_facet`
    const { rows } = await this.pool.query<{
      total: number
      hits: SearchDocument[]
      group_facet: Record<string, number>
      stars_facet: Record<string, number>
      province_facet: Record<string, number>
    }>(sql, params.values)
    const [result] = rows
    if (!result) return { hits: [], total: 0, facets: emptyFacets(), limit, offset }
    return {
      hits: result.hits,
      total: result.total,
      facets: { group: result.group_facet, stars: result.stars_facet, province: result.province_facet },
      limit,
      offset,
    }
  }

  async reindex(batches: AsyncIterable<SearchDocument[]>, onProgress?: (progress: ReindexProgress) => void): Promise<{ indexed: number }> {
    await this.applySettings()
    const next = `${this.table}_next`
    const started = await this.pool.query<{ now: string }>("SELECT clock_timestamp() AS now")
    await this.pool.query(`DROP TABLE IF EXISTS ${next}`)
    for (const statement of createTableSql(next)) await this.pool.query(statement)
    let indexed = 0
    for await (const batch of batches) {
      await this.write(next, batch)
      indexed += batch.length
      onProgress?.({ indexed })
    }
    const live = indexNames(this.table)
    const built = indexNames(next)
    await this.transaction(async (client) => {
      await client.query(`LOCK TABLE ${this.table} IN EXCLUSIVE MODE`)
      // Documents written by the live sync while the rebuild ran are newer than the rebuild's reads.
      const copied = columns.join(", ")
      await client.query(
        `INSERT INTO ${next} (${copied}, indexed_at) SELECT ${copied}, indexed_at FROM ${this.table} WHERE indexed_at > $1
         ON CONFLICT (id) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, indexed_at = EXCLUDED.indexed_at`,
        [started.rows[0]!.now]
      )
      await client.query(`DROP TABLE ${this.table}`)
      await client.query(`ALTER TABLE ${next} RENAME TO ${this.table}`)
      for (const key of Object.keys(live) as (keyof typeof live)[]) {
        await client.query(`ALTER INDEX ${built[key]} RENAME TO ${live[key]}`)
      }
    })
    return { indexed }
  }

  async health(): Promise<EngineHealth> {
    try {
      const { rows } = await this.pool.query<{ documents: number }>(`SELECT count(*)::int AS documents FROM ${this.table}`)
      return { ok: true, engine: this.name, documents: rows[0]?.documents ?? 0 }
    } catch (error) {
      return { ok: false, engine: this.name, message: error instanceof Error ? error.message : String(error) }
    }
  }

  async close(): Promise<void> {
    await this.pool.end()
  }

  private async write(table: string, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    // One row per id: INSERT … ON CONFLICT cannot touch the same row twice in one statement.
    const rows = [...new Map(documents.map((document) => [document.id, toRow(document)])).values()]
    const definitions = columns.map((column) => `${column} ${columnTypes[column]}`).join(", ")
    const names = columns.join(", ")
    await this.pool.query(
      `INSERT INTO ${table} (${names}, indexed_at)
       SELECT ${names}, clock_timestamp() FROM jsonb_to_recordset($1::jsonb) AS incoming(${definitions})
       ON CONFLICT (id) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, indexed_at = EXCLUDED.indexed_at`,
      [JSON.stringify(rows)]
    )
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query("BEGIN")
      const result = await work(client)
      await client.query("COMMIT")
      return result
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }
}

export function createPostgresEngine(options: PostgresEngineOptions): PostgresSearchEngine {
  return new PostgresSearchEngine(options)
}
