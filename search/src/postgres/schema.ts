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
    listing: `${table}_listing_idx`,
    wordKey: `${table}_word_pkey`,
    wordTrigram: `${table}_word_trgm_idx`,
    wordLetters: `${table}_word_letters_idx`,
  }
}

/** The vocabulary table: every folded word the index holds, for correcting misspelt query words. */
export function wordTable(table: string): string {
  return `${table}_word`
}

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
    `CREATE INDEX IF NOT EXISTS ${index.vector} ON ${table} USING gin (search_vector)`,
    `CREATE INDEX IF NOT EXISTS ${index.listing} ON ${table} (valid_until, stars, decision_date) WHERE certificate_status = 'active'`,
    // Typos are corrected word by word against this small table (one row per distinct word, a
    // trigram index), never by comparing the query with every product.
    `CREATE TABLE IF NOT EXISTS ${wordTable(table)} (word text CONSTRAINT ${index.wordKey} PRIMARY KEY, letters text NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ${index.wordTrigram} ON ${wordTable(table)} USING gin (word gin_trgm_ops)`,
    // Swapped letters ("dau" for "dua") share no trigram but keep the same letters.
    `CREATE INDEX IF NOT EXISTS ${index.wordLetters} ON ${wordTable(table)} (letters)`,
  ]
}

/** A word's letters in order: the same for a word and its misspellings by swapped letters. */
export function sortedLetters(word: string): string {
  return [...word].sort().join("")
}
