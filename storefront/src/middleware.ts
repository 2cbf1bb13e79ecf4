import { defineMiddleware } from "astro:middleware"
import { COOKIES, hasPersonalCookie } from "./lib/cookies"

/**
 * Pages are cached briefly by shared caches (lib/http.ts), but a shopper with a cart, a login or a
 * pending message sees a personal header; such a response must never be stored for others.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const count = Number(context.cookies.get(COOKIES.cartCount)?.value ?? 0)
  context.locals.cartCount = Number.isInteger(count) && count > 0 ? count : 0
  context.locals.signedIn = context.cookies.has(COOKIES.customer)
  const response = await next()
  if (hasPersonalCookie(context.request.headers.get("cookie"))) {
    const policy = response.headers.get("cache-control")
    if (!policy || policy.includes("public")) response.headers.set("cache-control", "private, no-cache")
  }
  return response
})
