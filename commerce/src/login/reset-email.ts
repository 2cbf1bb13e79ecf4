import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isResettableAccount, RESET_LINK_MINUTES, resetLink } from "./reset-link"

/** What Medusa emits as `auth.password_reset` once it has issued a reset token. */
export interface PasswordResetEvent {
  entity_id: string
  actor_type: string
  token: string
  metadata?: Record<string, unknown> | null
}

/** The email template and resource type the reset emails are recorded under. */
export const PASSWORD_RESET_TEMPLATE = "password-reset"

/**
 * Emails the reset link, only to an address whose login belongs to that kind of account: asking for a
 * producer reset with a shopper's address sends nothing (and the route answers the same either way,
 * so nobody learns which addresses have accounts). Answers whether an email was recorded.
 */
export async function sendPasswordResetEmail(container: MedusaContainer, event: PasswordResetEvent): Promise<boolean> {
  if (!isResettableAccount(event.actor_type)) return false
  const auth = container.resolve(Modules.AUTH)
  const identities = await auth.listProviderIdentities({ entity_id: event.entity_id, provider: "emailpass" }, { relations: ["auth_identity"] })
  const appMetadata = identities[0]?.auth_identity?.app_metadata as Record<string, unknown> | null | undefined
  if (!appMetadata?.[`${event.actor_type}_id`]) return false

  const link = resetLink(event.actor_type, event.token, event.metadata?.lang, {
    storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:4321",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: event.entity_id,
    channel: "email",
    template: PASSWORD_RESET_TEMPLATE,
    resource_type: event.actor_type,
    // One email per token, however often the event is delivered (Redis event bus retries).
    idempotency_key: `password-reset:${createHash("sha256").update(event.token).digest("hex").slice(0, 40)}`,
    data: { account: event.actor_type, reset_url: link, minutes: RESET_LINK_MINUTES },
  })
  return true
}
