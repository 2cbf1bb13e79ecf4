import type { AstroCookieSetOptions } from "astro"

/**
 * Cookies that belong to one shopper. Their presence makes a page personal, so the middleware
 * turns a shared cache policy into a private one (src/middleware.ts).
 */
export const COOKIES = {
  cart: "ocop_cart",
  /** Units in the cart, kept beside its id so the header's mini cart needs no request to commerce. */
  cartCount: "ocop_cart_n",
  customer: "ocop_customer",
  flash: "ocop_flash",
  /** A producer portal member's JWT (actor `producer`), separate from the shopper's login. */
  producer: "ocop_producer",
} as const

export const personalCookies: readonly string[] = Object.values(COOKIES)

/** httpOnly (scripts never read them), Lax (sent on the shopper's own navigations and same-site form posts). */
export function cookieOptions(url: URL, maxAgeSeconds: number): AstroCookieSetOptions {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: url.protocol === "https:", maxAge: maxAgeSeconds }
}

/** True when a Cookie header carries any of this shopper's cookies. */
export function hasPersonalCookie(cookieHeader: string | null): boolean {
  if (!cookieHeader) return false
  return cookieHeader.split(";").some((part) => personalCookies.includes(part.split("=")[0]!.trim()))
}
