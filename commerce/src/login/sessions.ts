import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

interface TokenClaims {
  auth_identity_id?: unknown
  iat?: unknown
}

/** The claims of a bearer token, unverified: enough to refuse a token, never to accept one. */
function bearerClaims(req: MedusaRequest): TokenClaims | null {
  const [scheme, token] = (req.headers.authorization ?? "").split(" ")
  if (scheme?.toLowerCase() !== "bearer" || !token) return null
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as TokenClaims
  } catch {
    return null
  }
}

/**
 * Whether a login token was issued before its account's password last changed. Medusa's tokens are
 * stateless and live a day; a password reset is how a person locks out a device they lost or a
 * session someone else opened, so tokens from before it must stop working at once. The password
 * hash lives on the emailpass provider identity, whose updated_at moves only when it changes.
 */
async function issuedBeforePasswordChange(req: MedusaRequest): Promise<boolean> {
  const claims = bearerClaims(req)
  if (!claims || typeof claims.auth_identity_id !== "string" || typeof claims.iat !== "number") return false
  // Every data-model row has updated_at; Medusa's DTO type just does not list it.
  const [login] = (await req.scope.resolve(Modules.AUTH).listProviderIdentities({ auth_identity_id: claims.auth_identity_id, provider: "emailpass" }, { select: ["id", "updated_at"] })) as { updated_at?: Date | string }[]
  if (!login?.updated_at) return false
  // iat counts whole seconds: a token from the same second as the change is let through.
  return claims.iat < Math.floor(new Date(login.updated_at).getTime() / 1000)
}

/** Throws, as signed out (401), when the request's token predates the account's last password change. */
export async function assertIssuedAfterPasswordChange(req: MedusaRequest): Promise<void> {
  if (await issuedBeforePasswordChange(req)) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Mật khẩu đã được đổi: hãy đăng nhập lại. / The password was changed: log in again.")
}

/** The middleware form of assertIssuedAfterPasswordChange, for Medusa's own customer routes. */
export async function refuseSessionsBeforePasswordChange(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertIssuedAfterPasswordChange(req)
    next()
  } catch (error) {
    next(error)
  }
}
