import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STAMP_MODULE } from "../modules/stamp"
import type StampModuleService from "../modules/stamp/service"
import { clientAddress } from "./client"
import { TokenBuckets } from "./rate-limit"

let buckets: TokenBuckets | undefined

/**
 * Per-client rate limit on stamp verification and reports (STAMP_VERIFY_RATE_LIMIT a minute):
 * a forger cannot sweep codes, and a shopper rescanning is never near the limit. In memory per
 * server process.
 */
export function stampRateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  buckets ??= new TokenBuckets(req.scope.resolve<StampModuleService>(STAMP_MODULE).settings.verifyRatePerMinute)
  const wait = buckets.take(clientAddress(req))
  if (wait === 0) return next()
  res.setHeader("Retry-After", String(wait))
  res.setHeader("Cache-Control", "no-store")
  res.status(429).json({ type: "rate_limited", message: `Too many verifications from this device; try again in ${wait} s`, retry_after: wait })
}
