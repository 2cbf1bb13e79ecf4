import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Accounts people create themselves, through the storefront or the producer portal. */
export type SelfServiceAccount = "customer" | "producer"

const SELF_SERVICE_ACCOUNTS: readonly string[] = ["customer", "producer"] satisfies SelfServiceAccount[]

/**
 * The address an account of this kind is known by. A shopper's or producer member's is trimmed and
 * lower-cased, as the storefront sends it, so `Lan@…` and `lan@…` are one person; an admin account
 * (`user`) keeps its address as the dashboard wrote it.
 */
export function accountEmail(actorType: string, email: string): string {
  return SELF_SERVICE_ACCOUNTS.includes(actorType) ? email.trim().toLowerCase() : email
}

/**
 * Writes the body's `email` as `account` is known by, so an API client cannot register, log in or
 * check out under a second spelling of an address. A missing or non-string `email` is left for
 * Medusa's validation to refuse as before.
 */
export function normaliseAccountEmail(account: SelfServiceAccount) {
  return function normaliseEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    // Where Medusa's validator shares our matcher it runs first and copies the body: write both.
    for (const source of [req.body, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody]) {
      if (source && typeof source === "object" && "email" in source && typeof source.email === "string") {
        source.email = accountEmail(account, source.email)
      }
    }
    next()
  }
}
