import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler, getHttpResponseFromError } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Where a NUL character sits in a request's input, as a field path ("shipping_address.address_1"),
 * or null when there is none. PostgreSQL cannot store NUL in text, so such input can only fail.
 */
export function findNulCharacter(value: unknown): string | null {
  const path = nulPath(value)
  return path === null ? null : path.join(".") || "(value)"
}

// Runs on every guarded request: the path is built only on the way back from a NUL, never while searching.
function nulPath(value: unknown): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? [] : null
  if (!value || typeof value !== "object") return null
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000")) return [key]
    const below = nulPath(item)
    if (below !== null) return [key, ...below]
  }
  return null
}

/**
 * Refuses a request carrying a NUL character anywhere in its URL or body with a 400 naming where,
 * before it reaches a route (Medusa's own or ours) that would hand it to PostgreSQL and answer 500.
 */
export function refuseNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url
  const field = /%00|\u0000/.test(url) ? "URL" : findNulCharacter(req.body)
  if (field === null) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, `Dữ liệu có ký tự không hợp lệ (NUL) ở ${field} / The request contains an invalid character (NUL) in ${field}`))
}

interface BodyParserError extends Error {
  type?: string
  limit?: number
}

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, with two answers a person can act on where it has only generic ones: a
 * body over the size limit (it says "request entity too large"), and a conflict (it replaces our
 * message with a generic one about idempotency keys, losing why, e.g. an invite already used).
 * A refusal that carries `details` (the wards to offer instead of a refused one) keeps them: Medusa
 * answers only its type, code and message.
 */
export function marketplaceErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const bodyError = error as BodyParserError
  if (bodyError?.type === "entity.too.large") {
    const limit = bodyError.limit ? ` (${Math.round(bodyError.limit / 104_857.6) / 10} MB)` : ""
    res.status(413).json({ type: "payload_too_large", message: `Dữ liệu gửi lên quá lớn${limit} / The request is too large${limit}` })
    return
  }
  // A workflow's errors reach here serialised, so the type is read off whatever was thrown.
  const conflict = error as { type?: unknown; message?: unknown } | null
  if (conflict?.type === MedusaError.Types.CONFLICT && typeof conflict.message === "string") {
    res.status(409).json({ type: MedusaError.Types.CONFLICT, message: conflict.message })
    return
  }
  const details = (error as { details?: unknown } | null)?.details
  if (error instanceof MedusaError && details && typeof details === "object") {
    const { statusCode, body } = getHttpResponseFromError(error)
    if (statusCode < 500) {
      res.status(statusCode).json({ ...body, details })
      return
    }
  }
  return medusaErrorHandler(error as Error, req, res, next)
}
