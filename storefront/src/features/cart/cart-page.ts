import type { AstroCookies } from "astro"
import { takeFlash, type Flash } from "../../lib/flash"
import { currentCart, loadCartView, rememberCart, type CartView } from "./cart"

/** Personal pages (cart, checkout, account, order) are never stored by any cache. */
export const PRIVATE_CACHE_CONTROL = "private, no-store"

/** What the cart page shows: the cart with each line's state, and the message of the form just posted. */
export async function loadCartPage(cookies: AstroCookies, url: URL): Promise<{ view: CartView | null; flash: Flash | null }> {
  const flash = takeFlash(cookies)
  const cart = await currentCart(cookies)
  // The header count follows the cart even when it changed elsewhere (another tab, an expired line).
  if (cart) rememberCart(cookies, url, cart)
  return { view: cart ? await loadCartView(cart) : null, flash }
}
