import { z } from "@medusajs/framework/zod"

// 32 random bytes, base64url: exactly 43 characters.
const inviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "token must be the code from the invite link")

export const InviteTokenParams = z.object({ token: inviteToken })

export const AcceptInviteBody = z
  .object({
    token: inviteToken,
    name: z.string().trim().min(1).max(120),
  })
  .strict()

export type AcceptInviteBody = z.infer<typeof AcceptInviteBody>
