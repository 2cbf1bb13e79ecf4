import type { AstroCookies } from "astro"
import { hasKey, type MessageKey } from "../i18n/dictionaries"
import { COOKIES, cookieOptions } from "./cookies"

/** A one-time message shown on the page a form post redirects to (post/redirect/get). */
export interface Flash {
  kind: "success" | "error"
  key: MessageKey
  values: Record<string, string | number>
}

export function encodeFlash(flash: Flash): string {
  return Buffer.from(JSON.stringify(flash), "utf8").toString("base64url")
}

/** Reads a flash cookie back; anything that is not a known message (a tampered cookie) is dropped. */
export function decodeFlash(value: string | undefined): Flash | null {
  if (!value) return null
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<Flash>
    if ((parsed.kind !== "success" && parsed.kind !== "error") || typeof parsed.key !== "string" || !hasKey(parsed.key)) return null
    const values: Record<string, string | number> = {}
    for (const [name, v] of Object.entries(parsed.values ?? {})) if (typeof v === "string" || typeof v === "number") values[name] = v
    return { kind: parsed.kind, key: parsed.key, values }
  } catch {
    return null
  }
}

export function setFlash(cookies: AstroCookies, url: URL, flash: Flash): void {
  cookies.set(COOKIES.flash, encodeFlash(flash), cookieOptions(url, 60))
}

/** The pending message, removed as it is read so a reload does not show it again. */
export function takeFlash(cookies: AstroCookies): Flash | null {
  const flash = decodeFlash(cookies.get(COOKIES.flash)?.value)
  if (cookies.has(COOKIES.flash)) cookies.delete(COOKIES.flash, { path: "/" })
  return flash
}
