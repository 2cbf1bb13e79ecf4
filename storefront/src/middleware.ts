import { defineMiddleware } from "astro:middleware"
import { loginRefused } from "./features/account/session-check"
import { COOKIES, hasPersonalCookie } from "./lib/cookies"
import { setFlash } from "./lib/flash"

/**
 * The header says "Tài khoản" only for a login commerce still accepts: one refused because the
 * password was changed on another device is dropped here, not only by the pages that read the customer.
 *
 * Pages are cached briefly by shared caches (lib/http.ts), but a shopper with a cart, a login or a
 * pending message sees a personal header; such a response must never be stored for others.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const count = Number(context.cookies.get(COOKIES.cartCount)?.value ?? 0)
  context.locals.cartCount = Number.isInteger(count) && count > 0 ? count : 0
  const login = context.cookies.get(COOKIES.customer)?.value
  context.locals.loginEnded = Boolean(login) && (await loginRefused(login!))
  if (context.locals.loginEnded) {
    context.cookies.delete(COOKIES.customer, { path: "/" })
    // Said on the next page that shows messages (the log-in page, where the header now points).
    setFlash(context.cookies, context.url, { kind: "error", key: "sessionExpired", values: {} })
  }
  context.locals.signedIn = context.cookies.has(COOKIES.customer)
  const response = await next()
  if (hasPersonalCookie(context.request.headers.get("cookie"))) {
    const policy = response.headers.get("cache-control")
    if (!policy || policy.includes("public")) response.headers.set("cache-control", "private, no-cache")
  }
  return response
})
