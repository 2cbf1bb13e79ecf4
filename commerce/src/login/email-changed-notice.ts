import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { LoginEmailChangedEvent } from "../workflows/login/change-login-email"

/** The email template and resource type the notices are recorded under. */
export const LOGIN_EMAIL_CHANGED_TEMPLATE = "login-email-changed"

/**
 * Tells the old address that the login now answers to another (so someone who did not make the
 * change learns of it where they still read their mail) and the new address that it is now the
 * login. One notice per address and change, however often the event is delivered.
 */
export async function sendLoginEmailChangedNotices(container: MedusaContainer, change: LoginEmailChangedEvent): Promise<void> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const about = { old_email: change.old_email, new_email: change.new_email, accounts: change.accounts, changed_at: change.changed_at }
  await notifications.createNotifications(
    (["old", "new"] as const).map((side) => ({
      to: side === "old" ? change.old_email : change.new_email,
      channel: "email",
      template: LOGIN_EMAIL_CHANGED_TEMPLATE,
      resource_type: "login",
      resource_id: change.login_id,
      idempotency_key: `login-email-changed:${change.login_id}:${change.changed_at}:${side}`,
      data: { ...about, side },
    }))
  )
}
