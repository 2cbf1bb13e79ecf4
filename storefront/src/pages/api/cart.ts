import type { APIRoute } from "astro"
import { currentCart, loadCartView, rememberCart } from "../../features/cart/cart"
import { PRIVATE_CACHE_CONTROL } from "../../features/cart/cart-page"
import { cartSnapshot } from "../../features/cart/cart-snapshot"
import { langParameter, onlyGet, parseApiQuery } from "../../lib/api-query"

/** GET /api/cart?lang=vi|en — the shopper's cart (from the cart cookie) for the header's mini cart. */
export const GET: APIRoute = async ({ url, cookies }) => {
  const parsed = parseApiQuery(url, { lang: langParameter })
  if (!parsed.ok) return parsed.response
  const { lang } = parsed.query
  const headers = { "Cache-Control": PRIVATE_CACHE_CONTROL }
  try {
    const cart = await currentCart(cookies)
    // The header count follows the cart, as on the cart page.
    if (cart) rememberCart(cookies, url, cart)
    return Response.json(cartSnapshot(cart ? await loadCartView(cart) : null, lang), { headers })
  } catch (error) {
    console.error("cart summary failed", error)
    return Response.json({ error: "unavailable" }, { status: 503, headers })
  }
}

export const ALL = onlyGet(GET)
