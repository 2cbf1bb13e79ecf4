/**
 * The Postgres engine's tables. Text is stored twice: folded (what shoppers type without marks,
 * indexed for full-text search) and exact (lower-case with marks, compared when the shopper typed
 * marks). Filters and facets read plain columns; the document comes back as stored.
 */

export function assertTableName(table: string): string {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(table)) throw new Error(`Invalid search table name "${table}"`)
  return table
}

export function indexNames(table: string) {
  return {
    primaryKey: `${table}_pkey`,
    vector: `${table}_vector_idx`,
    facets: `${table}_facets_idx`,
    byStars: `${table}_stars_idx`,
    newest: `${table}_newest_idx`,
    cheapest: `${table}_cheapest_idx`,
    dearest: `${table}_dearest_idx`,
    wordKey: `${table}_word_pkey`,
    wordTrigram: `${table}_word_trgm_idx`,
    wordLetters: `${table}_word_letters_idx`,
  }
}

/** The vocabulary table: every folded word the index holds, for correcting misspelt query words. */
export function wordTable(table: string): string {
  return `${table}_word`
}

/** The tables with their keys: enough to write documents into. */
export function createTableSql(table: string): string[] {
  const index = indexNames(table)
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (
      id text CONSTRAINT ${index.primaryKey} PRIMARY KEY,
      document jsonb NOT NULL,
      product_group text NOT NULL,
      stars smallint NOT NULL,
      price_vnd bigint,
      province_slug text NOT NULL,
      producer_handle text NOT NULL,
      sales_points text[] NOT NULL DEFAULT '{}',
      certificate_status text NOT NULL,
      valid_until timestamptz NOT NULL,
      decision_date timestamptz NOT NULL,
      title_exact text NOT NULL,
      text_exact text NOT NULL,
      title_folded text NOT NULL,
      name_folded text NOT NULL,
      body_folded text NOT NULL,
      search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_folded), 'A') ||
        setweight(to_tsvector('simple', name_folded), 'B') ||
        setweight(to_tsvector('simple', body_folded), 'C')
      ) STORED,
      indexed_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`,
    `CREATE TABLE IF NOT EXISTS ${wordTable(table)} (word text CONSTRAINT ${index.wordKey} PRIMARY KEY, letters text NOT NULL)`,
  ]
}

/** Every column a browse reads: filters, facets, orders and the id of each hit. */
const browseColumns = "valid_until, product_group, stars, province_slug, price_vnd, producer_handle, sales_points, decision_date, id"

/** The search indexes; a rebuild creates them after loading, which is several times faster than row by row. */
export function createIndexSql(table: string): string[] {
  const index = indexNames(table)
  // Browsing reads only sellable candidates (status active; the clock is compared per query) from
  // covering partial indexes, one per page order, so a page stops after its rows and facet counts
  // are grouped off an index in group order, without reading a table row.
  const sellable = (keys: string) => `(${keys}) INCLUDE (${browseColumns}) WHERE certificate_status = 'active'`
  return [
    // Rows are written a few at a time by the sync; with fastupdate every search would also scan
    // the list of entries not yet merged into the index (50 ms with 4,700 of them).
    `CREATE INDEX IF NOT EXISTS ${index.vector} ON ${table} USING gin (search_vector) WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS ${index.facets} ON ${table} ${sellable("product_group, stars, province_slug")}`,
    `CREATE INDEX IF NOT EXISTS ${index.byStars} ON ${table} ${sellable("stars DESC, decision_date DESC, id DESC")}`,
    `CREATE INDEX IF NOT EXISTS ${index.newest} ON ${table} ${sellable("decision_date DESC, id DESC")}`,
    `CREATE INDEX IF NOT EXISTS ${index.cheapest} ON ${table} ${sellable("price_vnd ASC NULLS LAST, id ASC")}`,
    `CREATE INDEX IF NOT EXISTS ${index.dearest} ON ${table} ${sellable("price_vnd DESC NULLS LAST, id DESC")}`,
    // Typos are corrected word by word against this small table (one row per distinct word, a
    // trigram index), never by comparing the query with every product.
    `CREATE INDEX IF NOT EXISTS ${index.wordTrigram} ON ${wordTable(table)} USING gin (word gin_trgm_ops)`,
    // Swapped letters ("dau" for "dua") share no trigram but keep the same letters.
    `CREATE INDEX IF NOT EXISTS ${index.wordLetters} ON ${wordTable(table)} (letters)`,
  ]
}

/** A word's letters in order: the same for a word and its misspellings by swapped letters. */
export function sortedLetters(word: string): string {
  return [...word].sort().join("")
}
