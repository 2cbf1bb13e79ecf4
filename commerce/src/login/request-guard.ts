import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"
import { accountEmail } from "../api/account-email"
import { parseInput } from "../api/validation"
import { clientAddress } from "../stamps/client"
import { PASSWORD_RESET_TEMPLATE } from "./reset-email"
import { isResettableAccount } from "./reset-link"

export const RESET_PASSWORD_PATH = "/auth/:actor_type/emailpass/reset-password"

const resetRequest = z
  .object({
    identifier: z.string().trim().pipe(z.email("phải là một địa chỉ email / must be an email address").max(200)),
    // The storefront says which language the person asked in, so the emailed link opens in it.
    metadata: z.object({ lang: z.enum(["vi", "en"]).optional() }).strict().optional(),
  })
  .strict()

/** A second email to the same address within this many seconds is not sent: the first link still works. */
export const RESEND_AFTER_SECONDS = 60
/** Reset requests one client may make in an hour, whatever addresses it names. */
const REQUESTS_PER_CLIENT_PER_HOUR = 10
// Counted per server process: a coarse brake on someone mailing reset links to a list of addresses.
const perClient = new RateLimiterMemory({ keyPrefix: "ocop-password-reset", points: REQUESTS_PER_CLIENT_PER_HOUR, duration: 3600 })

async function recentlyEmailed(req: MedusaRequest, email: string, account: string): Promise<boolean> {
  const since = new Date(Date.now() - RESEND_AFTER_SECONDS * 1000)
  const sent = await req.scope
    .resolve(Modules.NOTIFICATION)
    .listNotifications({ to: email, template: PASSWORD_RESET_TEMPLATE, resource_type: account, created_at: { $gte: since.toISOString() } }, { take: 1, select: ["id"] })
  return sent.length > 0
}

/**
 * Before Medusa issues a reset token: the address is checked (400 in words), a client asking too
 * often is told to wait (429), and a repeat for an address emailed a moment ago is answered like
 * any other request without issuing a new token, which would void the link just sent. Medusa's
 * route then answers 201 whether or not the address has an account.
 */
export async function guardPasswordResetRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const account = req.params.actor_type
    if (!isResettableAccount(account)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có loại tài khoản "${account}" / There is no "${account}" account type`)
    const body = parseInput(resetRequest, req.body, "body")
    // In any letter case the address names the same shopper or producer member (admins excepted).
    const identifier = accountEmail(account, body.identifier)
    // Medusa's route, registered after this guard, issues the token for the address as written here.
    req.body = { ...(req.body as object), identifier }
    try {
      await perClient.consume(clientAddress(req))
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      const wait = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
      res.setHeader("Retry-After", String(wait))
      res.status(429).json({
        type: "rate_limited",
        message: `Quá nhiều yêu cầu đặt lại mật khẩu, vui lòng thử lại sau ${Math.ceil(wait / 60)} phút / Too many password reset requests; try again in ${Math.ceil(wait / 60)} min`,
        retry_after: wait,
      })
      return
    }
    if (await recentlyEmailed(req, identifier, account)) {
      res.sendStatus(201)
      return
    }
    next()
  } catch (error) {
    next(error)
  }
}
