import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"
import { parseInput } from "../api/validation"

/** Eight characters is the floor the storefront and the portal set for a new password. */
const NEW_PASSWORD_MIN_LENGTH = 8

const enterCurrent = "hãy nhập mật khẩu hiện tại / enter the current password"
const newTooShort = `mật khẩu mới cần ít nhất ${NEW_PASSWORD_MIN_LENGTH} ký tự / the new password needs at least ${NEW_PASSWORD_MIN_LENGTH} characters`

const passwordChange = z
  .object({
    current_password: z.string({ error: enterCurrent }).min(1, enterCurrent).max(200),
    new_password: z.string({ error: newTooShort }).min(NEW_PASSWORD_MIN_LENGTH, newTooShort).max(200),
  })
  .strict()
  .refine((change) => change.current_password !== change.new_password, {
    path: ["new_password"],
    message: "mật khẩu mới phải khác mật khẩu hiện tại / the new password must differ from the current one",
  })

type PasswordChange = z.infer<typeof passwordChange>

/** The refusal's code when the current password given is not the account's. */
export const WRONG_CURRENT_PASSWORD = "wrong_current_password"

/** Wrong current passwords one account may send in 15 minutes before it is told to wait. */
const WRONG_GUESSES = 5
// Per server process, like the reset limiter: a stolen session must not become a way to guess the password.
const wrongGuesses = new RateLimiterMemory({ keyPrefix: "ocop-password-change", points: WRONG_GUESSES, duration: 15 * 60 })

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

/**
 * Sets a signed-in person's new password after checking the one they have. The emailpass login is
 * shared by everything that address signs in to (a shopper who is also a producer member), and
 * every token issued before the change stops working (sessions.ts), this one included: the caller
 * logs in again with the new password.
 */
async function changePassword(scope: MedusaContainer, authIdentityId: string, change: PasswordChange): Promise<void> {
  const auth = scope.resolve(Modules.AUTH)
  const [login] = await auth.listProviderIdentities({ auth_identity_id: authIdentityId, provider: "emailpass" }, { select: ["id", "entity_id"] })
  if (!login) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tài khoản này không đăng nhập bằng mật khẩu / This account does not sign in with a password")
  await refuseWhileLockedOut(authIdentityId)
  const check = await auth.authenticate("emailpass", { body: { email: login.entity_id, password: change.current_password } })
  if (!check.success) {
    await countWrongGuess(authIdentityId)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid body: current_password: mật khẩu hiện tại không đúng / the current password is not right", WRONG_CURRENT_PASSWORD)
  }
  await wrongGuesses.delete(authIdentityId)
  const updated = await auth.updateProvider("emailpass", { entity_id: login.entity_id, password: change.new_password })
  if (!updated.success) throw new Error(`password change failed: ${updated.error}`)
}

/**
 * The route behind "change my password" for a signed-in shopper or producer member: the body is
 * checked, a locked-out account is told when to try again (429), and a change answers
 * `{ changed: true }`; the caller then logs in again with the new password.
 */
export async function answerPasswordChange(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const change = parseInput(passwordChange, req.body ?? {}, "body")
  try {
    await changePassword(req.scope, req.auth_context.auth_identity_id, change)
  } catch (error) {
    if (!(error instanceof TooManyWrongPasswords)) throw error
    res.setHeader("Retry-After", String(error.retryAfterSeconds))
    res.status(429).json({ type: "rate_limited", message: error.message, retry_after: error.retryAfterSeconds })
    return
  }
  res.setHeader("Cache-Control", "no-store")
  res.json({ changed: true })
}
