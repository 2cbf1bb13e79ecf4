import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { setLoginEmailStep } from "./steps/set-login-email"
import { setOpenCartsEmailStep } from "./steps/set-open-carts-email"
import { setProducerMemberEmailStep } from "./steps/set-producer-member-email"

/** Emitted once a login's address has changed; the subscriber tells both addresses. */
export const LOGIN_EMAIL_CHANGED = "ocop.login_email.changed"

export interface LoginEmailChangedEvent {
  login_id: string
  old_email: string
  new_email: string
  /** The kinds of account this login signs in to: "customer", "producer". */
  accounts: string[]
  changed_at: string
}

export interface ChangeLoginEmailInput {
  login_id: string
  old_email: string
  new_email: string
  /** The shop account of this login (app_metadata.customer_id), when it has one. */
  customer_id?: string
  /** The producer membership of this login (app_metadata.producer_id), when it has one. */
  producer_member_id?: string
}

/**
 * Moves one emailpass login to a new address, and with it everything that address names: the shop
 * account's email (orders and receipts go there from now on, also from a cart already open) and
 * the producer membership's. Each
 * step undoes itself if a later one fails, so a person never ends up signing in with one address
 * while their account shows another.
 */
export const changeLoginEmailWorkflow = createWorkflow("change-login-email", (input: ChangeLoginEmailInput) => {
  setLoginEmailStep(transform({ input }, ({ input }) => ({ login_id: input.login_id, old_email: input.old_email, new_email: input.new_email })))
  when({ input }, ({ input }) => Boolean(input.customer_id)).then(() => {
    updateCustomersWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.customer_id! }, update: { email: input.new_email } })),
    })
    setOpenCartsEmailStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id!, old_email: input.old_email, new_email: input.new_email })))
  })
  when({ input }, ({ input }) => Boolean(input.producer_member_id)).then(() => {
    setProducerMemberEmailStep(transform({ input }, ({ input }) => ({ producer_member_id: input.producer_member_id!, new_email: input.new_email })))
  })
  const changed = transform({ input }, ({ input }): LoginEmailChangedEvent => ({
    login_id: input.login_id,
    old_email: input.old_email,
    new_email: input.new_email,
    accounts: [input.customer_id ? "customer" : null, input.producer_member_id ? "producer" : null].filter((account): account is string => account !== null),
    changed_at: new Date().toISOString(),
  }))
  emitEventStep({ eventName: LOGIN_EMAIL_CHANGED, data: changed })
  return new WorkflowResponse(changed)
})
