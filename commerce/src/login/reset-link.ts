/** Accounts that can ask for a new password, and where each sets it. */
export const RESETTABLE_ACCOUNTS = ["customer", "producer", "user"] as const
export type ResettableAccount = (typeof RESETTABLE_ACCOUNTS)[number]

export function isResettableAccount(actorType: unknown): actorType is ResettableAccount {
  return typeof actorType === "string" && (RESETTABLE_ACCOUNTS as readonly string[]).includes(actorType)
}

/** How long a reset link works (Medusa's reset token lives 15 minutes and is single-use). */
export const RESET_LINK_MINUTES = 15

const storefrontPages: Record<"customer" | "producer", Record<"vi" | "en", string>> = {
  customer: { vi: "/tai-khoan/dat-lai-mat-khau", en: "/en/account/reset-password" },
  producer: { vi: "/producer/dat-lai-mat-khau", en: "/en/producer/reset-password" },
}

/**
 * The page that sets the new password: the storefront's, in the language the request was made in,
 * for shoppers and producer members; the admin dashboard's own for the programme office. The token
 * travels in the query, which those pages keep out of the Referer header.
 */
export function resetLink(account: ResettableAccount, token: string, lang: unknown, urls: { storefrontUrl: string; backendUrl: string }): string {
  if (account === "user") {
    const link = new URL("/app/reset-password", urls.backendUrl)
    link.searchParams.set("token", token)
    return link.toString()
  }
  const link = new URL(storefrontPages[account][lang === "en" ? "en" : "vi"], urls.storefrontUrl)
  link.searchParams.set("token", token)
  return link.toString()
}
