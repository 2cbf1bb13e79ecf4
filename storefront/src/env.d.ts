export {}

declare global {
  namespace App {
    interface Locals {
      /** Units in the shopper's cart, for the header's mini cart (src/middleware.ts). */
      cartCount: number
      /** Whether the shopper has a login commerce accepted within the last seconds (src/middleware.ts). */
      signedIn: boolean
      /** The browser came with a login commerce now refuses (expired, or signed out by a password change); it was dropped. */
      loginEnded: boolean
    }
  }
}
