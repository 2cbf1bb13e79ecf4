import { defineMiddlewares } from "@medusajs/framework/http"
import { stampRateLimit } from "../stamps/verify-middleware"

/**
 * Authentication and rate limits for every custom route, in one place for review.
 * Store routes under /store/* already require a publishable API key (Medusa core); every
 * /admin/* route requires an admin session or token (Medusa core).
 */
export default defineMiddlewares({
  routes: [
    { matcher: "/store/ocop/stamps/verify", methods: ["GET"], middlewares: [stampRateLimit] },
    // A report may carry one photo (≤ 2 MB, sent base64-encoded by the storefront).
    { matcher: "/store/ocop/stamps/reports", methods: ["POST"], middlewares: [stampRateLimit], bodyParser: { sizeLimit: "3mb" } },
  ],
})
