import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { vietnamDay } from "../../vietnam-calendar"

export const INVITE_VALIDITY_MS = 7 * 86_400_000

/** The stored form of an invite token: whoever reads the database still cannot accept an invite. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export type InviteState = "open" | "used" | "expired"

/** Whether an invite link still lets its addressee join: a used link stays used after it would have expired. */
export function inviteState(invite: { accepted_at: Date | string | null; expires_at: Date | string }, now = Date.now()): InviteState {
  if (invite.accepted_at) return "used"
  return new Date(invite.expires_at).getTime() <= now ? "expired" : "open"
}

export interface CreateProducerInviteInput {
  producer_id: string
  email: string
  role: "owner" | "staff"
  invited_by: string
}

/** Creates the invite and returns its raw token, which exists only in this answer and the email. */
export const createProducerInviteStep = createStep(
  "create-producer-invite",
  async (input: CreateProducerInviteInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [producer] = await producers.listProducers({ id: input.producer_id }, { select: ["id", "name"] })
    if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.producer_id} was not found`)
    // An account belongs to one producer only, so an invite to a member's address could never be accepted.
    const [member] = await producers.listProducerMembers({ email: input.email }, { select: ["id"] })
    if (member) throw new MedusaError(MedusaError.Types.CONFLICT, `${input.email} đã là thành viên của một chủ thể. / ${input.email} is already a producer member.`)
    const [open] = await producers.listProducerInvites({ producer_id: input.producer_id, email: input.email, accepted_at: null, expires_at: { $gt: new Date() } }, { select: ["expires_at"] })
    if (open) {
      const until = vietnamDay(open.expires_at)
      throw new MedusaError(MedusaError.Types.CONFLICT, `${input.email} đã có lời mời còn hạn đến ${until.vi}. / ${input.email} already has an open invite, valid until ${until.en}.`)
    }
    const token = randomBytes(32).toString("base64url")
    const invite = await producers.createProducerInvites({
      producer_id: input.producer_id,
      email: input.email,
      role: input.role,
      invited_by: input.invited_by,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_VALIDITY_MS),
    })
    return new StepResponse(
      { token, producer_name: producer.name, invite: { id: invite.id, email: invite.email, role: invite.role, expires_at: invite.expires_at } },
      invite.id
    )
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerInvites(inviteId)
  }
)
