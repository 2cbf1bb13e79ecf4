import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { parseInput } from "../api/validation"
import { changeLoginEmailWorkflow, type LoginEmailChangedEvent } from "../workflows/login/change-login-email"
import { confirmCurrentPassword, currentPassword, unlessLockedOut } from "./current-password"

const notAnEmail = "hãy nhập một địa chỉ email hợp lệ / enter a valid email address"

const emailChange = z
  .object({
    // Trimmed and lower-cased like every shopper's and member's address (api/account-email.ts).
    email: z.string({ error: notAnEmail }).trim().toLowerCase().pipe(z.email(notAnEmail).max(200)),
    current_password: currentPassword,
  })
  .strict()

type EmailChange = z.infer<typeof emailChange>

const taken = () =>
  new MedusaError(MedusaError.Types.CONFLICT, "Địa chỉ email này đã thuộc về một tài khoản khác / This email address already belongs to another account")

/** Whether the new address is free for this login: no other login, shop account or fellow member of the producer uses it. */
async function assertAddressFree(scope: MedusaContainer, email: string, accounts: { customerId?: string; producerMemberId?: string }): Promise<void> {
  const logins = await scope.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["id"] })
  if (logins.length > 0) throw taken()
  if (accounts.customerId) {
    // A guest's orders under that address are no account: a registered shopper is.
    const customers = await scope.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true }, { select: ["id"] })
    if (customers.some((customer) => customer.id !== accounts.customerId)) throw taken()
  }
  if (accounts.producerMemberId) {
    const producers = scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const member = await producers.retrieveProducerMember(accounts.producerMemberId, { select: ["id", "producer_id"] })
    const fellows = await producers.listProducerMembers({ producer_id: member.producer_id, email }, { select: ["id"] })
    if (fellows.some((fellow) => fellow.id !== member.id)) throw taken()
  }
}

/**
 * Moves a signed-in person's login to a new address after checking their current password. The
 * login is shared by everything it signs in to (a shopper who is also a producer member), so both
 * accounts follow; every token issued before stops working (the login's row changed, sessions.ts),
 * and the caller logs in again with the new address.
 */
async function changeEmail(scope: MedusaContainer, authIdentityId: string, change: EmailChange): Promise<LoginEmailChangedEvent> {
  const login = await confirmCurrentPassword(scope, authIdentityId, change.current_password)
  if (login.entity_id === change.email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid body: email: đây đã là địa chỉ email của bạn / this is already your email address")
  }
  const customerId = typeof login.app_metadata["customer_id"] === "string" ? login.app_metadata["customer_id"] : undefined
  const producerMemberId = typeof login.app_metadata["producer_id"] === "string" ? login.app_metadata["producer_id"] : undefined
  // Two people claiming one address at the same moment: the second sees the first's login.
  return scope.resolve(Modules.LOCKING).execute(`login-email:${change.email}`, async () => {
    await assertAddressFree(scope, change.email, { customerId, producerMemberId })
    const { result } = await changeLoginEmailWorkflow(scope).run({
      input: { login_id: login.id, old_email: login.entity_id, new_email: change.email, customer_id: customerId, producer_member_id: producerMemberId },
    })
    return result
  })
}

/**
 * The route behind "change my email address": the body is checked, a locked-out account is told
 * when to try again (429), an address someone else uses is refused (409), and a change answers
 * `{ email }`; the caller then logs in again with the new address and the same password.
 */
export async function answerEmailChange(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const change = parseInput(emailChange, req.body ?? {}, "body")
  const changed = await unlessLockedOut(res, () => changeEmail(req.scope, req.auth_context.auth_identity_id, change))
  if (!changed) return
  res.setHeader("Cache-Control", "no-store")
  res.json({ email: changed.made.new_email })
}
