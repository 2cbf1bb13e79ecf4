import { LRUCache } from "lru-cache"
import { customerSessionRefused } from "../../lib/medusa"

// How long a refused login may still show "Tài khoản" in the header on pages that do not ask commerce
// for the customer themselves; every page does not pay a request to commerce for it.
const RECHECK_MS = 15_000

const refusedByToken = new LRUCache<string, boolean>({ max: 10_000, ttl: RECHECK_MS })

/**
 * Whether commerce refuses a shopper's login: expired, or issued before a password change made on
 * another device. A commerce that cannot answer right now refuses no one.
 */
export async function loginRefused(token: string): Promise<boolean> {
  const known = refusedByToken.get(token)
  if (known !== undefined) return known
  try {
    const refused = await customerSessionRefused(token)
    refusedByToken.set(token, refused)
    return refused
  } catch (error) {
    console.error("could not check a shopper's login", error)
    return false
  }
}
