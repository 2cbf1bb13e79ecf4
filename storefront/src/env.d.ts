export {}

declare global {
  namespace App {
    interface Locals {
      /** Units in the shopper's cart, for the header's mini cart (src/middleware.ts). */
      cartCount: number
      /** Whether a customer login cookie is present (validated only on account pages). */
      signedIn: boolean
    }
  }
}
