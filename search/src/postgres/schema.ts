/**
 * The Postgres engine's table. Text is stored twice: folded (what shoppers type without marks,
 * indexed for full-text and trigram search) and exact (lower-case with marks, compared when the
 * shopper typed marks). Filters and facets read plain columns; the document comes back as stored.
 */

export function assertTableName(table: string): string {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(table)) throw new Error(`Invalid search table name "${table}"`)
  return table
}

export function indexNames(table: string) {
  return {
    primaryKey: `${table}_pkey`,
    vector: `${table}_vector_idx`,
    nameTrigram: `${table}_name_trgm_idx`,
    listing: `${table}_listing_idx`,
  }
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
    // Typo fallback on the short fields (title, producer, place): trigram rechecks stay cheap.
    `CREATE INDEX IF NOT EXISTS ${index.nameTrigram} ON ${table} USING gin (name_folded gin_trgm_ops)`,
    `CREATE INDEX IF NOT EXISTS ${index.listing} ON ${table} (valid_until, stars, decision_date) WHERE certificate_status = 'active'`,
  ]
}
