import Medusa from "@medusajs/js-sdk"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"

/** Server-side Medusa client: the storefront talks to commerce only from the server. */
export const medusa = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
})

/**
 * Plain request to a store route, for answers whose body matters even when the status is not 2xx
 * (the js-sdk keeps only the message of error answers, e.g. of a 410 for a delisted product).
 */
export async function storeResponse(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(path, MEDUSA_BACKEND_URL), {
    headers: { accept: "application/json", "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY },
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}
