import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { parseInput } from "../api/validation"
import { confirmCurrentPassword, currentPassword, unlessLockedOut } from "./current-password"

/** Eight characters is the floor the storefront and the portal set for a new password. */
const NEW_PASSWORD_MIN_LENGTH = 8

const newTooShort = `mật khẩu mới cần ít nhất ${NEW_PASSWORD_MIN_LENGTH} ký tự / the new password needs at least ${NEW_PASSWORD_MIN_LENGTH} characters`

const passwordChange = z
  .object({
    current_password: currentPassword,
    new_password: z.string({ error: newTooShort }).min(NEW_PASSWORD_MIN_LENGTH, newTooShort).max(200),
  })
  .strict()
  .refine((change) => change.current_password !== change.new_password, {
    path: ["new_password"],
    message: "mật khẩu mới phải khác mật khẩu hiện tại / the new password must differ from the current one",
  })

type PasswordChange = z.infer<typeof passwordChange>

/**
 * Sets a signed-in person's new password after checking the one they have. The emailpass login is
 * shared by everything that address signs in to (a shopper who is also a producer member), and
 * every token issued before the change stops working (sessions.ts), this one included: the caller
 * logs in again with the new password.
 */
async function changePassword(scope: MedusaContainer, authIdentityId: string, change: PasswordChange): Promise<void> {
  const login = await confirmCurrentPassword(scope, authIdentityId, change.current_password)
  const updated = await scope.resolve(Modules.AUTH).updateProvider("emailpass", { entity_id: login.entity_id, password: change.new_password })
  if (!updated.success) throw new Error(`password change failed: ${updated.error}`)
}

/**
 * The route behind "change my password" for a signed-in shopper or producer member: the body is
 * checked, a locked-out account is told when to try again (429), and a change answers
 * `{ changed: true }`; the caller then logs in again with the new password.
 */
export async function answerPasswordChange(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const change = parseInput(passwordChange, req.body ?? {}, "body")
  if (!(await unlessLockedOut(res, () => changePassword(req.scope, req.auth_context.auth_identity_id, change)))) return
  res.setHeader("Cache-Control", "no-store")
  res.json({ changed: true })
}
