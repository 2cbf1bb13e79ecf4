import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"

const enterCurrent = "hãy nhập mật khẩu hiện tại / enter the current password"

/** The current password a person gives to change their login (password or email). */
export const currentPassword = z.string({ error: enterCurrent }).min(1, enterCurrent).max(200)

/** The refusal's code when the current password given is not the account's. */
export const WRONG_CURRENT_PASSWORD = "wrong_current_password"

/** Wrong current passwords one account may send in 15 minutes before it is told to wait. */
const WRONG_GUESSES = 5
// Per server process, like the reset limiter: a stolen session must not become a way to guess the
// password. One count for every form that asks for it, so two forms do not give ten guesses.
const wrongGuesses = new RateLimiterMemory({ keyPrefix: "ocop-current-password", points: WRONG_GUESSES, duration: 15 * 60 })

class TooManyWrongPasswords extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Nhập sai mật khẩu hiện tại quá nhiều lần, vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút / Too many wrong current passwords; try again in ${Math.ceil(retryAfterSeconds / 60)} min`
    )
  }
}

async function refuseWhileLockedOut(authIdentityId: string): Promise<void> {
  const spent = await wrongGuesses.get(authIdentityId)
  if (spent && spent.consumedPoints >= WRONG_GUESSES) throw new TooManyWrongPasswords(Math.max(1, Math.ceil(spent.msBeforeNext / 1000)))
}

async function countWrongGuess(authIdentityId: string): Promise<void> {
  try {
    await wrongGuesses.consume(authIdentityId)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
  }
}

/** The emailpass login a signed-in person proves with their current password. */
export interface PasswordLogin {
  id: string
  entity_id: string
  /** What the login signs in to: `customer_id` for a shop account, `producer_id` for a producer member. */
  app_metadata: Record<string, unknown>
}

/**
 * Checks that `password` is the current password of this auth identity's emailpass login and
 * answers that login. A wrong one is refused as a 400 naming current_password and counted; after
 * five in 15 minutes the account is told to wait, whatever it sends.
 */
export async function confirmCurrentPassword(scope: MedusaContainer, authIdentityId: string, password: string): Promise<PasswordLogin> {
  const auth = scope.resolve(Modules.AUTH)
  const [login] = await auth.listProviderIdentities(
    { auth_identity_id: authIdentityId, provider: "emailpass" },
    { select: ["id", "entity_id", "auth_identity.app_metadata"], relations: ["auth_identity"] }
  )
  if (!login) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tài khoản này không đăng nhập bằng mật khẩu / This account does not sign in with a password")
  await refuseWhileLockedOut(authIdentityId)
  const check = await auth.authenticate("emailpass", { body: { email: login.entity_id, password } })
  if (!check.success) {
    await countWrongGuess(authIdentityId)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid body: current_password: mật khẩu hiện tại không đúng / the current password is not right", WRONG_CURRENT_PASSWORD)
  }
  await wrongGuesses.delete(authIdentityId)
  return { id: login.id, entity_id: login.entity_id, app_metadata: login.auth_identity?.app_metadata ?? {} }
}

/**
 * Runs a login change and answers what it made; a locked-out account is answered 429 with when to
 * try again instead, and null comes back.
 */
export async function unlessLockedOut<T>(res: MedusaResponse, change: () => Promise<T>): Promise<{ made: T } | null> {
  try {
    return { made: await change() }
  } catch (error) {
    if (!(error instanceof TooManyWrongPasswords)) throw error
    res.setHeader("Retry-After", String(error.retryAfterSeconds))
    res.status(429).json({ type: "rate_limited", message: error.message, retry_after: error.retryAfterSeconds })
    return null
  }
}
