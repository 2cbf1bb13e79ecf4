import { z } from "@medusajs/framework/zod"

export const AcceptInviteBody = z
  .object({
    // 32 random bytes, base64url: exactly 43 characters.
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "token must be the code from the invite link"),
    name: z.string().trim().min(1).max(120),
  })
  .strict()

export type AcceptInviteBody = z.infer<typeof AcceptInviteBody>
