import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { sendPasswordResetEmail, type PasswordResetEvent } from "../login/reset-email"

/** Someone asked for a new password (POST /auth/{customer|producer|user}/emailpass/reset-password): email the link. */
export default async function passwordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  await sendPasswordResetEmail(container, event.data)
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
}
