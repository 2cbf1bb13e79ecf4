import { defineMiddlewares } from "@medusajs/framework/http"

/**
 * Authentication and rate limits for every custom route, in one place for review.
 * Store routes under /store/* already require a publishable API key (Medusa core).
 */
export default defineMiddlewares({
  routes: [],
})
