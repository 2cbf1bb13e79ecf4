import { parseSigningKeys, type StampKeyring } from "./code"

/** Options of the stamp module, as medusa-config.ts passes them (strings straight from the environment). */
export interface StampModuleOptions {
  signingKeys?: string
  storefrontUrl?: string
  suspiciousDevices?: string | number
  suspiciousWindowHours?: string | number
  verifyRateLimit?: string | number
  /** REDIS_URL: the verify rate limit is then shared by every server process. */
  redisUrl?: string
}

export interface StampSettings {
  keyring: StampKeyring
  storefrontUrl: string
  /** A genuine code seen on more distinct devices than this within the window is suspicious. */
  suspiciousDevices: number
  suspiciousWindowMs: number
  /** Verifications per client per minute before 429. */
  verifyRatePerMinute: number
  redisUrl: string | null
}

function positive(value: string | number | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, not "${value}"`)
  return number
}

export function resolveStampSettings(options: StampModuleOptions): StampSettings {
  return {
    keyring: parseSigningKeys(options.signingKeys || "dev:ocop-local-development-only"),
    storefrontUrl: options.storefrontUrl || "http://localhost:4321",
    suspiciousDevices: Math.floor(positive(options.suspiciousDevices, 5, "STAMP_SUSPICIOUS_DEVICES")),
    suspiciousWindowMs: positive(options.suspiciousWindowHours, 24, "STAMP_SUSPICIOUS_WINDOW_HOURS") * 3_600_000,
    verifyRatePerMinute: positive(options.verifyRateLimit, 30, "STAMP_VERIFY_RATE_LIMIT"),
    redisUrl: options.redisUrl || null,
  }
}
