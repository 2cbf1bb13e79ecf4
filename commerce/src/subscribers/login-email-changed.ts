import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendLoginEmailChangedNotices } from "../login/email-changed-notice"
import { LOGIN_EMAIL_CHANGED, type LoginEmailChangedEvent } from "../workflows/login/change-login-email"

/** A login moved to a new address: tell the old one (in case it was not its owner) and the new one. */
export default async function loginEmailChanged({ event, container }: SubscriberArgs<LoginEmailChangedEvent>) {
  await sendLoginEmailChangedNotices(container, event.data)
}

export const config: SubscriberConfig = {
  event: LOGIN_EMAIL_CHANGED,
}
