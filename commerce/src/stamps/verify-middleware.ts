import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STAMP_MODULE } from "../modules/stamp"
import type StampModuleService from "../modules/stamp/service"
import { clientAddress } from "./client"

/**
 * Per-client rate limit on stamp verification and reports (STAMP_VERIFY_RATE_LIMIT a minute):
 * a forger cannot sweep codes, and a shopper rescanning is never near the limit. Counted in Redis
 * when REDIS_URL is set (shared by every server process), in memory otherwise.
 */
export async function stampRateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let wait: number
  try {
    wait = await req.scope.resolve<StampModuleService>(STAMP_MODULE).verifyLimiter.take(clientAddress(req))
  } catch (error) {
    return next(error)
  }
  if (wait === 0) return next()
  res.setHeader("Retry-After", String(wait))
  res.setHeader("Cache-Control", "no-store")
  res.status(429).json({ type: "rate_limited", message: `Too many verifications from this device; try again in ${wait} s`, retry_after: wait })
}
