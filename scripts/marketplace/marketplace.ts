import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { inputsFingerprint, isBuildCurrent, recordBuild } from "./build-cache.ts"
import { dropDatabase, ensureDatabase, openDatabase, type Database } from "./database.ts"
import { commerceDir, repoRoot, searchDir, storefrontDir } from "./paths.ts"
import { bin, run, startService, waitForHttp, type Service } from "./processes.ts"
import { createProgress } from "./progress.ts"
import { adminUserExists, readPublishableKey, readSetupState, writeSetupState } from "./setup-state.ts"

export interface MarketplaceOptions {
  /** Folder for the embedded database, secrets and build stamps. */
  dataDir: string
  postgresPort: number
  databaseName: string
  commercePort: number
  storefrontPort: number
  /** Drop and recreate the database first (tests start from a known catalogue). */
  freshDatabase?: boolean
  /** A database server that is already running (tests share one between tiers). */
  server?: Database
  /** Hide the servers' own logs (tests). */
  quiet?: boolean
  log?: (line: string) => void
}

export interface AdminCredentials {
  email: string
  password: string
}

export interface RunningMarketplace {
  storefrontUrl: string
  commerceUrl: string
  adminUrl: string
  publishableKey: string
  admin: AdminCredentials
  database: Database
  /** True when this start created the admin account (its password is then worth printing prominently). */
  firstStart: boolean
  stop(): Promise<void>
}

const ADMIN_EMAIL = "admin@ocop.local"

interface LocalSecrets {
  jwtSecret: string
  cookieSecret: string
  adminPassword: string
  /** Signs stamp codes; added to older secrets files on first use, never changed after (printed stamps depend on it). */
  stampSigningKey?: string
}

function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, "secrets.json")
  if (existsSync(file)) {
    const secrets = JSON.parse(readFileSync(file, "utf8")) as LocalSecrets
    if (!secrets.stampSigningKey) {
      secrets.stampSigningKey = randomBytes(32).toString("hex")
      writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
    }
    return secrets
  }
  const secrets: LocalSecrets = {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
    adminPassword: randomBytes(9).toString("base64url"),
    stampSigningKey: randomBytes(32).toString("hex"),
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

const commerceInputs = ["medusa-config.ts", "package.json", "tsconfig.json", "src"]
const storefrontInputs = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public"]

/**
 * Brings the whole marketplace up: database, migrations, seed catalogue, admin account, builds,
 * commerce server and storefront. Every step is skipped when it has nothing to do, so the
 * second start only starts servers.
 */
export async function launchMarketplace(options: MarketplaceOptions): Promise<RunningMarketplace> {
  const log = options.log ?? ((line: string) => console.log(line))
  const progress = createProgress(8, log)
  const secrets = loadLocalSecrets(options.dataDir)
  const services: Service[] = []
  let database: Database | undefined

  const stopAll = async () => {
    for (const service of services.reverse()) await service.stop()
    await database?.stop()
  }

  try {
    const server = options.server
    database = server
      ? await progress.step("Using the running PostgreSQL", async () => {
          const url = new URL(server.url)
          url.pathname = `/${options.databaseName}`
          await ensureDatabase(url.toString())
          return { ...server, url: url.toString(), stop: async () => {} }
        })
      : await progress.step(process.env.DATABASE_URL ? "Connecting to PostgreSQL (DATABASE_URL)" : "Starting embedded PostgreSQL", () =>
          openDatabase({ dataDir: join(options.dataDir, "postgres"), port: options.postgresPort, name: options.databaseName, log })
        )
    const db = database
    if (options.freshDatabase) {
      await dropDatabase(db.url)
      await ensureDatabase(db.url)
    }

    const uploadDir = join(commerceDir, "static")
    const privateUploadDir = join(commerceDir, "private-uploads")
    mkdirSync(uploadDir, { recursive: true })
    mkdirSync(privateUploadDir, { recursive: true })
    const commerceEnv = {
      DATABASE_URL: db.url,
      JWT_SECRET: process.env.JWT_SECRET ?? secrets.jwtSecret,
      COOKIE_SECRET: process.env.COOKIE_SECRET ?? secrets.cookieSecret,
      STAMP_SIGNING_KEYS: process.env.STAMP_SIGNING_KEYS ?? `local:${secrets.stampSigningKey}`,
      MEDUSA_BACKEND_URL: `http://localhost:${options.commercePort}`,
      STOREFRONT_URL: `http://localhost:${options.storefrontPort}`,
      FILE_UPLOAD_DIR: uploadDir,
      FILE_PRIVATE_DIR: privateUploadDir,
      // The local marketplace runs in production mode; its VietQR transfers go to a demo account.
      VIETQR_DEMO_ACCOUNT: "true",
    }

    // Migrations change with our modules and links, or with Medusa's own version (the lockfile).
    const schemaFingerprint = inputsFingerprint(repoRoot, ["package-lock.json", "commerce/src/modules", "commerce/src/links", "commerce/src/migration-scripts"])
    await progress.step("Applying database migrations", async () => {
      if ((await readSetupState(db.url, "migrations")) === schemaFingerprint) return progress.note("already up to date")
      await run({ script: bin.medusa, args: ["db:migrate"], cwd: commerceDir, env: commerceEnv })
      await writeSetupState(db.url, "migrations", schemaFingerprint)
    })

    await progress.step("Seeding the OCOP catalogue", async () => {
      if (await readSetupState(db.url, "seeded_at")) return progress.note("already seeded")
      const output = await run({ script: bin.medusa, args: ["exec", "./src/scripts/seed.ts"], cwd: commerceDir, env: commerceEnv })
      const summary = output.split("\n").find((line) => line.includes("Seeded"))
      if (summary) progress.note(summary.replace(/^.*Seeded/, "Seeded").trim())
      await writeSetupState(db.url, "seeded_at", new Date().toISOString())
    })

    const adminPassword = secrets.adminPassword
    const firstStart = await progress.step("Creating the admin account", async () => {
      if (await adminUserExists(db.url, ADMIN_EMAIL)) {
        progress.note("already exists")
        return false
      }
      // Joined with "=": a generated password may begin with "-", which the CLI would read as its flags.
      await run({ script: bin.medusa, args: ["user", `--email=${ADMIN_EMAIL}`, `--password=${adminPassword}`], cwd: commerceDir, env: commerceEnv })
      return true
    })

    // Each build's stamp lives in its output, which every data folder (npm start, tests, benchmarks) shares.
    await progress.step("Building the commerce server and admin dashboard", async () => {
      const fingerprint = inputsFingerprint(commerceDir, commerceInputs) + inputsFingerprint(searchDir, ["src", "package.json"])
      const stamp = join(commerceDir, ".medusa/server/.ocop-build-inputs")
      if (isBuildCurrent(stamp, fingerprint, join(commerceDir, ".medusa/server/medusa-config.js"))) return progress.note("unchanged since last build")
      rmSync(stamp, { force: true })
      // Commerce (CommonJS) type-checks against @ocop/search's declarations, not its ES module sources.
      await run({ script: bin.tsc, args: ["-p", "tsconfig.types.json"], cwd: searchDir, env: {} })
      await run({ script: bin.medusa, args: ["build"], cwd: commerceDir, env: commerceEnv })
      recordBuild(stamp, fingerprint)
    })
    // The built server serves /static from its own folder; point it at the shared upload folder.
    const servedStatic = join(commerceDir, ".medusa/server/static")
    if (!existsSync(servedStatic)) symlinkSync(uploadDir, servedStatic, "dir")

    await progress.step("Building the storefront", async () => {
      const fingerprint = inputsFingerprint(storefrontDir, storefrontInputs)
      const stamp = join(storefrontDir, "dist/.ocop-build-inputs")
      if (isBuildCurrent(stamp, fingerprint, join(storefrontDir, "dist/server/entry.mjs"))) return progress.note("unchanged since last build")
      rmSync(stamp, { force: true })
      await run({ script: bin.astro, args: ["build"], cwd: storefrontDir, env: { NODE_ENV: "production" } })
      recordBuild(stamp, fingerprint)
    })

    const commerceUrl = `http://localhost:${options.commercePort}`
    await progress.step(`Starting the commerce server on ${commerceUrl}`, async () => {
      const commerce = startService(
        "commerce",
        {
          script: bin.medusa,
          args: ["start", "--port", String(options.commercePort)],
          cwd: join(commerceDir, ".medusa/server"),
          env: { ...commerceEnv, NODE_ENV: "production", COOKIE_SECURE: "false" },
        },
        { quiet: options.quiet }
      )
      services.push(commerce)
      await waitForHttp(`${commerceUrl}/health`, commerce, 120_000)
    })

    const publishableKey = await readPublishableKey(db.url)
    const storefrontUrl = `http://localhost:${options.storefrontPort}`
    await progress.step(`Starting the storefront on ${storefrontUrl}`, async () => {
      const storefront = startService(
        "storefront",
        {
          script: join(storefrontDir, "server.mjs"),
          args: [],
          cwd: storefrontDir,
          env: {
            NODE_ENV: "production",
            HOST: "127.0.0.1",
            PORT: String(options.storefrontPort),
            MEDUSA_BACKEND_URL: commerceUrl,
            MEDUSA_PUBLISHABLE_KEY: publishableKey,
            SITE_URL: storefrontUrl,
          },
        },
        { quiet: options.quiet }
      )
      services.push(storefront)
      await waitForHttp(`${storefrontUrl}/`, storefront, 60_000)
    })

    return {
      storefrontUrl,
      commerceUrl,
      adminUrl: `${commerceUrl}/app`,
      publishableKey,
      admin: { email: ADMIN_EMAIL, password: adminPassword },
      database: db,
      firstStart,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
