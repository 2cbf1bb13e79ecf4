import { withClient } from "./database.ts"

/**
 * Small key/value table in the marketplace database remembering which one-time steps already ran
 * against *this* database (migrations for a given code fingerprint, seed, admin user), so that a
 * second start skips them even when the app folder is new.
 */
export async function readSetupState(url: string, key: string): Promise<string | null> {
  return withClient(url, async (client) => {
    await client.query("CREATE TABLE IF NOT EXISTS ocop_setup (key text PRIMARY KEY, value text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())")
    const result = await client.query<{ value: string }>("SELECT value FROM ocop_setup WHERE key = $1", [key])
    return result.rows[0]?.value ?? null
  })
}

export async function writeSetupState(url: string, key: string, value: string): Promise<void> {
  await withClient(url, (client) =>
    client.query(
      "INSERT INTO ocop_setup (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
      [key, value]
    )
  )
}

/** The seed's key (commerce/src/scripts/seed.ts PUBLISHABLE_KEY_TITLE), scoped to the OCOP sales channel. */
const STOREFRONT_KEY_TITLE = "Storefront Chợ OCOP"

export async function readPublishableKey(url: string): Promise<string> {
  return withClient(url, async (client) => {
    // Medusa also makes a "Default Publishable API Key" for its default channel, whose carts could
    // reach no OCOP sales point's stock.
    const result = await client.query<{ token: string }>(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
      [STOREFRONT_KEY_TITLE]
    )
    const token = result.rows[0]?.token
    if (!token) throw new Error("No publishable API key found: the seed did not complete")
    return token
  })
}

export async function adminUserExists(url: string, email: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const result = await client.query('SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL', [email])
    return (result.rowCount ?? 0) > 0
  })
}
