import type { IncomingMessage } from "node:http"
import { isIP } from "node:net"
import { stampMac, type SigningKey } from "../modules/stamp/code"

/**
 * Coarse facts about who is verifying, without keeping personal data: the client address is used
 * for rate limiting in memory and enters the scan record only through a keyed hash.
 */

function isPrivate(address: string): boolean {
  const ip = address.replace(/^::ffff:/, "")
  return ip === "::1" || /^127\./.test(ip) || /^10\./.test(ip) || /^192\.168\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip) || /^f[cd]/i.test(ip)
}

/**
 * The shopper's address. The storefront calls this API from its server and passes the shopper's
 * address in X-Forwarded-For; that header is believed only from a private or loopback peer (the
 * storefront, a reverse proxy), never from the open internet.
 */
export function clientAddress(req: IncomingMessage): string {
  const peer = req.socket?.remoteAddress ?? "unknown"
  const forwarded = req.headers["x-forwarded-for"]
  if (forwarded && isPrivate(peer)) {
    const hops = (Array.isArray(forwarded) ? forwarded.join(",") : forwarded).split(",").map((s) => s.trim()).filter(Boolean)
    const last = hops[hops.length - 1]
    if (last && isIP(last.replace(/^::ffff:/, ""))) return last.replace(/^::ffff:/, "")
  }
  return peer.replace(/^::ffff:/, "")
}

/** Browser family and platform, e.g. "Chrome/Android", from a user agent; "other" when unknown. */
export function userAgentFamily(userAgent: string | undefined): string {
  const ua = (userAgent ?? "").slice(0, 512)
  const platform = /Android/.test(ua) ? "Android" : /iPhone|iPad|iPod/.test(ua) ? "iOS" : /Windows/.test(ua) ? "Windows" : /Mac OS X|Macintosh/.test(ua) ? "macOS" : /Linux/.test(ua) ? "Linux" : "other"
  const browser = /Zalo/i.test(ua)
    ? "Zalo"
    : /EdgA?\//.test(ua)
      ? "Edge"
      : /SamsungBrowser/.test(ua)
        ? "Samsung"
        : /CriOS|Chrome\//.test(ua)
          ? "Chrome"
          : /FxiOS|Firefox\//.test(ua)
            ? "Firefox"
            : /Safari\//.test(ua)
              ? "Safari"
              : ua
                ? "other"
                : "none"
  return `${browser}/${platform}`
}

/**
 * A device fingerprint that cannot be turned back into an address: HMAC-SHA256 of address and
 * browser under the signing key, from its precomputed pad states (no key setup per scan).
 */
export function deviceHash(key: SigningKey, address: string, userAgent: string | undefined): string {
  return stampMac(key, Buffer.from(`${address}\n${(userAgent ?? "").slice(0, 512)}`)).toString("base64url").slice(0, 16)
}
