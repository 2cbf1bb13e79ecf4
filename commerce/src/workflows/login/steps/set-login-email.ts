import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface LoginEmailChange {
  /** The emailpass provider identity: its entity_id is the address the person signs in with. */
  login_id: string
  old_email: string
  new_email: string
}

/** Points the emailpass login at the new address; its password stays as it is (the hash does not depend on the address). */
export const setLoginEmailStep = createStep(
  "set-login-email",
  async (change: LoginEmailChange, { container }) => {
    await container.resolve(Modules.AUTH).updateProviderIdentities({ id: change.login_id, entity_id: change.new_email })
    return new StepResponse(undefined, change)
  },
  async (change, { container }) => {
    if (!change) return
    await container.resolve(Modules.AUTH).updateProviderIdentities({ id: change.login_id, entity_id: change.old_email })
  }
)
