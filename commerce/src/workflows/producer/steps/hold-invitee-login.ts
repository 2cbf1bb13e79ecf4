import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The login an invitee registered just before accepting. Nothing to do going forward; if the
 * acceptance then fails (a wrong or used link, another email), its compensation removes a login that
 * belongs to no one yet, so the person can try again with any password. A login that already is a
 * customer or a member is someone's account and is kept.
 */
export const holdInviteeLoginStep = createStep(
  "hold-invitee-login",
  async (input: { auth_identity_id: string }, { container }) => {
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    const unclaimed = Object.keys(identity.app_metadata ?? {}).length === 0
    return new StepResponse(undefined, unclaimed ? input.auth_identity_id : null)
  },
  async (unclaimedId, { container }) => {
    if (!unclaimedId) return
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listAuthIdentities({ id: [unclaimedId] })
    if (identity && Object.keys(identity.app_metadata ?? {}).length === 0) await auth.deleteAuthIdentities([unclaimedId])
  }
)
