import pg from "pg"
import { documentText, placeText, type SearchDocument } from "../document.ts"
import type { EngineHealth, ReindexProgress, SearchEngine } from "../engine.ts"
import { foldVietnamese } from "../fold.ts"
import { emptyFacets, noResult, page, prepareText, type PreparedText, type SearchQuery, type SearchResult, type SearchSort } from "../query.ts"
import { splitCompound, splitLookups } from "./compound.ts"
import { assertTableName, createIndexSql, createTableSql, indexNames, sortedLetters, wordTable } from "./schema.ts"

export interface PostgresEngineOptions {
  /** Connection string or pg settings for the database that holds the index (the commerce database). */
  connection: string | pg.PoolConfig
  table?: string
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
  const name = [text.title, document.producer.name, placeText(document)].join(" ")
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

/** How many near spellings a word may stand for. */
const SPELLINGS = 6

export interface Spelling {
  term: string
  /** The index has this word (the last word: a word starting with it). */
  known: boolean
  /** Known words closest in spelling, nearest first (for a known word only when asked for). */
  similar: string[]
  /** For an unknown word, the known words it reads as when typed without spaces, each a phrase of tsquery operands. */
  compounds: string[][]
  prefix: boolean
}

/** One way to read a word: a single operand, or a split word's pieces in a row. Weights ("AB") restrict where it may match. */
function operand(pieces: string[], weights: string): string {
  const weighed = pieces.map((piece) => (!weights ? piece : piece.endsWith(":*") ? `${piece}${weights}` : `${piece}:${weights}`))
  return weighed.length === 1 ? weighed[0]! : `(${weighed.join(" <-> ")})`
}

/**
 * The readings of one typed word. Strict: as typed when known, else the words it splits into, else
 * its near spellings, so a split outranks a spelling fix by being tried first. Loose: all of them.
 */
function readings(word: Spelling, loose: boolean): string[][] {
  const typed = [word.prefix ? `${word.term}:*` : word.term]
  const similar = [...new Set(word.similar)].map((spelt) => [spelt])
  if (word.known) return loose ? [typed, ...similar] : [typed]
  const options = loose ? [...word.compounds, ...similar] : word.compounds.length > 0 ? word.compounds : similar
  return options.length > 0 ? options : [typed]
}

/** The tsquery operand for one typed word: every reading of it, ORed. */
function wordOptions(word: Spelling, loose: boolean, weights = ""): string {
  const options = readings(word, loose).map((pieces) => operand(pieces, weights))
  return options.length === 1 ? options[0]! : `(${options.join(" | ")})`
}

/**
 * The tsquery for what was typed. Words are [a-z0-9]+ after folding, so the string cannot carry
 * operators. Strict: known words as typed, unknown ones split or replaced by their near spellings.
 * Loose: every word may also be any of its near spellings.
 */
export function tsqueryText(spelling: Spelling[], loose: boolean): string {
  return spelling.map((word) => wordOptions(word, loose)).join(" & ")
}

/** Each pair of neighbouring words as a phrase ("tai <-> hoan"): documents holding the words in the order typed rank first. */
export function phraseQueries(spelling: Spelling[], loose: boolean): string[] {
  return spelling.slice(1).map((word, index) => `${wordOptions(spelling[index]!, loose)} <-> ${wordOptions(word, loose)}`)
}

/**
 * What makes several words a match beyond each being somewhere in the text: one of them in the
 * title, the producer or the place, or two of them side by side. Vietnamese words are syllables,
 * so syllables scattered through a description mean something else: "sóc trăng" is not "chăm sóc"
 * and "trắng" three sentences apart. Null for a single word.
 */
export function evidenceQuery(spelling: Spelling[], loose: boolean): string | null {
  if (spelling.length < 2) return null
  return [...spelling.map((word) => wordOptions(word, loose, "AB")), ...phraseQueries(spelling, loose)].join(" | ")
}

/** The words as read, for comparisons with plain text: a split word as its first split. */
export function readText(spelling: Spelling[]): string {
  return spelling.map((word) => (word.known ? word.term : (word.compounds[0]?.map((piece) => piece.replace(":*", "")).join(" ") ?? word.term))).join(" ")
}

/** Bonus for what the shopper typed with marks: the phrase in the title, in the text, and each marked word in the title. */
function exactMatchScore(params: Parameters, exact: string): string {
  const phrase = params.add(exact)
  const words = params.add(exact.split(" "))
  return `+ 3 * (strpos(title_exact, ${phrase}) > 0)::int + (strpos(text_exact, ${phrase}) > 0)::int
          + (SELECT count(*) FROM unnest(${words}::text[]) AS w(word) WHERE strpos(' ' || title_exact || ' ', ' ' || w.word || ' ') > 0)`
}

const orderBy: Record<Exclude<SearchSort, "relevance">, string> = {
  newest: "decision_date DESC, id DESC",
  stars: "stars DESC, decision_date DESC, id DESC",
  price_asc: "price_vnd ASC NULLS LAST, id ASC",
  price_desc: "price_vnd DESC NULLS LAST, id DESC",
}

/**
 * The embedded default: an index table in the commerce database. Full-text search over folded
 * text, the last word as a prefix; a word the index does not know is replaced by the nearest known
 * words (trigram similarity on a vocabulary table), so typos cost one small index lookup, never a
 * scan. Ranking adds to the full-text rank the words found in the order typed, the province the
 * shopper named, a title starting with what was typed, and an exact match of what the shopper
 * typed with marks, which outranks a folded one ("bạc hà" the herb, not Bắc Hà the place).
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres"
  readonly table: string
  private readonly words: string
  private readonly pool: pg.Pool

  constructor(options: PostgresEngineOptions) {
    this.table = assertTableName(options.table ?? "ocop_search_document")
    this.words = wordTable(this.table)
    const base: pg.PoolConfig = typeof options.connection === "string" ? { connectionString: options.connection } : options.connection
    this.pool = new pg.Pool({ ...base, max: options.maxConnections ?? 4 })
    // An idle connection the server closed (restart, failover) is dropped and replaced; without a
    // listener the pool's error event would end the process.
    this.pool.on("error", () => {})
  }

  async applySettings(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [this.table])
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm")
      for (const statement of [...createTableSql(this.table), ...createIndexSql(this.table)]) await client.query(statement)
      // An index made before fastupdate was turned off keeps it until told.
      await client.query(`ALTER INDEX ${indexNames(this.table).vector} SET (fastupdate = off)`)
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
    if (text.unmatchable) return noResult(query)
    const sort = query.sort ?? "relevance"
    if (text.terms.length === 0) {
      return this.run(params, where, null, sort === "relevance" ? orderBy.stars : orderBy[sort], limit, offset)
    }
    // Strict first: every word as typed when the index knows it, corrected when it does not. Only
    // if that finds nothing, every word may also be one of its near spellings.
    const strict = await this.spelling(text.terms, false)
    const found = await this.matchText(params, where, text, strict, false, sort, limit, offset)
    const readAsTyped = (word: Spelling) => word.known || word.compounds.length > 0
    if (found.total > 0 || !strict.some(readAsTyped)) return found
    const loose = await this.spelling(text.terms, true)
    if (!loose.some((word) => readAsTyped(word) && word.similar.length > 0)) return found
    return this.matchText(params, where, text, loose, true, sort, limit, offset)
  }

  /** Products matching the words as spelt, ranked by how well they match when sorted by relevance. */
  private matchText(filters: Parameters, where: string[], text: PreparedText, spelling: Spelling[], loose: boolean, sort: SearchSort, limit: number, offset: number) {
    const params = new Parameters()
    params.values.push(...filters.values)
    const tsquery = `to_tsquery('simple', ${params.add(tsqueryText(spelling, loose))})`
    const evidence = evidenceQuery(spelling, loose)
    const read = readText(spelling)
    // Up to 1 more when every pair of neighbouring words is in the document in the order typed.
    const pairs = phraseQueries(spelling, loose)
    const phrases = pairs.map((pair) => ` + (search_vector @@ ${params.add(pair)}::tsquery)::int::float4 / ${pairs.length}`).join("")
    // A place the shopper named is the product's province ("keo cu do ha tinh": Hà Tĩnh, not Hà Tiên);
    // province slugs are the folded names with hyphens.
    const place = `(strpos(${params.add(` ${read} `)}, ' ' || replace(province_slug, '-', ' ') || ' ') > 0)::int`
    // Vietnamese names start with the kind of product ("gạo nếp", "mật ong hoa vải"): a title that
    // starts with what was typed is that kind, not something made from it ("mỳ gạo").
    const kind = `0.5 * starts_with(title_folded, ${params.add(read)})::int`
    const exactBonus = text.exact ? exactMatchScore(params, text.exact) : ""
    const score = `ts_rank(search_vector, ${tsquery}) ${phrases} + ${place} + ${kind} ${exactBonus}`
    const order = sort === "relevance" ? "score DESC, stars DESC, id" : orderBy[sort]
    const matches = [`search_vector @@ ${tsquery}`, ...(evidence ? [`search_vector @@ to_tsquery('simple', ${params.add(evidence)})`] : [])]
    return this.run(params, [...where, ...matches], score, order, limit, offset)
  }

  /**
   * Which query words the index knows (the last one as a prefix), and the nearest known spellings
   * of the unknown ones, or of every word when `everyWord` (the loose attempt).
   */
  private async spelling(terms: string[], everyWord: boolean): Promise<Spelling[]> {
    const { rows } = await this.pool.query<{ term: string; known: boolean; similar: string[] }>(
      `SELECT t.term, k.known,
              CASE WHEN k.known AND NOT $4 THEN '{}'::text[] ELSE
                ARRAY(SELECT w.word FROM ${this.words} w WHERE w.word % t.term AND w.word <> t.term
                      ORDER BY w.word <-> t.term LIMIT ${SPELLINGS})
                || ARRAY(SELECT w.word FROM ${this.words} w WHERE w.letters = t.letters AND w.word <> t.term
                      ORDER BY w.word LIMIT ${SPELLINGS}) END AS similar
         FROM unnest($1::text[], $3::text[]) WITH ORDINALITY AS t(term, letters, position)
        CROSS JOIN LATERAL (SELECT CASE WHEN t.position = $2
                THEN EXISTS (SELECT 1 FROM ${this.words} w WHERE w.word LIKE t.term || '%')
                ELSE EXISTS (SELECT 1 FROM ${this.words} w WHERE w.word = t.term) END AS known) k
        ORDER BY t.position`,
      [terms, terms.length, terms.map(sortedLetters), everyWord]
    )
    const spelling = rows.map((row, index) => ({ ...row, compounds: [] as string[][], prefix: index === rows.length - 1 }))
    return this.splitUnknown(spelling)
  }

  /** Splits each unknown word into known ones where it reads as several typed without spaces; one lookup in the vocabulary's key. */
  private async splitUnknown(spelling: Spelling[]): Promise<Spelling[]> {
    const unknown = spelling.filter((word) => !word.known)
    if (unknown.length === 0) return spelling
    const lookups = unknown.map((word) => splitLookups(word.term, word.prefix))
    const { rows } = await this.pool.query<{ word: string; whole: boolean }>(
      `SELECT w.word, true AS whole FROM ${this.words} w WHERE w.word = ANY($1::text[])
       UNION ALL
       SELECT p.start, false FROM unnest($2::text[]) AS p(start)
        WHERE EXISTS (SELECT 1 FROM ${this.words} w WHERE w.word LIKE p.start || '%')`,
      [lookups.flatMap((lookup) => lookup.words), lookups.flatMap((lookup) => lookup.prefixes)]
    )
    const known = new Set(rows.filter((row) => row.whole).map((row) => row.word))
    const starts = new Set(rows.filter((row) => !row.whole).map((row) => row.word))
    for (const word of unknown) word.compounds = splitCompound(word.term, known, starts, word.prefix)
    return spelling
  }

  /**
   * One statement for the page, the total and the facet counts. Browsing (no score) reads the
   * covering indexes twice, each in the order it needs; a text search scores its matches once.
   */
  private async run(params: Parameters, where: string[], score: string | null, order: string, limit: number, offset: number): Promise<SearchResult> {
    const filtered = `SELECT id, product_group, stars, province_slug, price_vnd, decision_date${score ? `, ${score} AS score` : ""}
        FROM ${this.table} WHERE ${where.join(" AND ")}`
    const source = score ? "matched" : `(${filtered}) AS sellable`
    const sql = `
      WITH ${score ? `matched AS MATERIALIZED (${filtered}),` : ""}
      hit_page AS (
        SELECT id, row_number() OVER (ORDER BY ${order}) AS position
        FROM (SELECT * FROM ${source} ORDER BY ${order} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}) AS top
      ),
      facet AS (SELECT product_group, stars, province_slug, count(*)::int AS n FROM ${source} GROUP BY 1, 2, 3)
      SELECT
        (SELECT coalesce(jsonb_agg(d.document ORDER BY p.position), '[]'::jsonb)
           FROM hit_page p JOIN ${this.table} d ON d.id = p.id) AS hits,
        (SELECT coalesce(jsonb_agg(jsonb_build_array(product_group, stars, province_slug, n)), '[]'::jsonb) FROM facet) AS facets`
    const { rows } = await this.pool.query<{ hits: SearchDocument[]; facets: [string, number, string, number][] }>(sql, params.values)
    const result: SearchResult = { hits: rows[0]?.hits ?? [], total: 0, facets: emptyFacets(), limit, offset }
    // Counted per (group, stars, province) in the database, added up per facet here.
    for (const [group, stars, province, n] of rows[0]?.facets ?? []) {
      result.total += n
      result.facets.group[group] = (result.facets.group[group] ?? 0) + n
      result.facets.stars[stars] = (result.facets.stars[stars] ?? 0) + n
      result.facets.province[province] = (result.facets.province[province] ?? 0) + n
    }
    return result
  }

  async reindex(batches: AsyncIterable<SearchDocument[]>, onProgress?: (progress: ReindexProgress) => void): Promise<{ indexed: number }> {
    await this.applySettings()
    const next = `${this.table}_next`
    const started = await this.pool.query<{ now: string }>("SELECT clock_timestamp() AS now")
    await this.pool.query(`DROP TABLE IF EXISTS ${next}, ${wordTable(next)}`)
    for (const statement of createTableSql(next)) await this.pool.query(statement)
    let indexed = 0
    for await (const batch of batches) {
      await this.write(next, batch)
      indexed += batch.length
      onProgress?.({ indexed })
    }
    for (const statement of createIndexSql(next)) await this.pool.query(statement)
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
      await client.query(
        `INSERT INTO ${wordTable(next)} (word, letters) SELECT word, letters FROM ${this.words} w
          WHERE EXISTS (SELECT 1 FROM ${this.table} d WHERE d.indexed_at > $1) ON CONFLICT DO NOTHING`,
        [started.rows[0]!.now]
      )
      await client.query(`DROP TABLE ${this.table}, ${this.words}`)
      await client.query(`ALTER TABLE ${next} RENAME TO ${this.table}`)
      await client.query(`ALTER TABLE ${wordTable(next)} RENAME TO ${this.words}`)
      for (const key of Object.keys(live) as (keyof typeof live)[]) {
        await client.query(`ALTER INDEX ${built[key]} RENAME TO ${live[key]}`)
      }
    })
    // Fresh statistics, so the planner picks the right indexes from the first search on, and a
    // visibility map, so browsing is answered from the covering indexes without reading rows.
    await this.pool.query(`VACUUM (ANALYZE) ${this.table}, ${this.words}`)
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
    // Words stay in the vocabulary when their product goes: a stale word only offers a spelling
    // that matches nothing, and a rebuild starts the vocabulary afresh.
    const words = new Set(rows.flatMap((row) => `${row.title_folded} ${row.name_folded} ${row.body_folded}`.split(/[^a-z0-9]+/)))
    words.delete("")
    await this.pool.query(`INSERT INTO ${wordTable(table)} (word, letters) SELECT unnest($1::text[]), unnest($2::text[]) ON CONFLICT DO NOTHING`, [
      [...words],
      [...words].map(sortedLetters),
    ])
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
