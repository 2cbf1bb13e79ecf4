import { createHmac } from "node:crypto"
import type { IncomingMessage } from "node:http"
import { describe, expect, it } from "vitest"
import { parseSigningKeys } from "../modules/stamp/code"
import { clientAddress, deviceHash, userAgentFamily } from "./client"

const request = (peer: string, forwarded?: string) => ({ socket: { remoteAddress: peer }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as unknown as IncomingMessage

describe("clientAddress", () => {
  it.each([
    ["a direct client", request("203.0.113.9"), "203.0.113.9"],
    ["the storefront forwarding a shopper", request("::ffff:127.0.0.1", "198.51.100.7"), "198.51.100.7"],
    ["a proxy chain: the hop the private peer saw", request("10.0.0.2", "1.2.3.4, 198.51.100.7"), "198.51.100.7"],
    ["a public client lying in X-Forwarded-For", request("203.0.113.9", "198.51.100.7"), "203.0.113.9"],
    ["garbage in X-Forwarded-For", request("127.0.0.1", "not-an-ip"), "127.0.0.1"],
  ])("%s", (_label, req, expected) => {
    expect(clientAddress(req)).toBe(expected)
  })
})

describe("userAgentFamily", () => {
  it.each([
    ["Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36", "Chrome/Android"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari/iOS"],
    ["Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 Zalo android/12", "Zalo/Android"],
    [undefined, "none/other"],
  ])("%s → %s", (ua, family) => {
    expect(userAgentFamily(ua)).toBe(family)
  })
})

describe("deviceHash", () => {
  it("tells devices apart without containing the address, as HMAC-SHA256 under the signing key", () => {
    const key = parseSigningKeys("k:device-secret-0123456789").current
    const a = deviceHash(key, "198.51.100.7", "UA")
    expect(a).toHaveLength(16)
    expect(a).not.toContain("198")
    expect(a).toBe(createHmac("sha256", "device-secret-0123456789").update("198.51.100.7\nUA").digest("base64url").slice(0, 16))
    expect(deviceHash(key, "198.51.100.7", "UA")).toBe(a)
    expect(deviceHash(key, "198.51.100.8", "UA")).not.toBe(a)
    expect(deviceHash(parseSigningKeys("k:other-secret-0123456789").current, "198.51.100.7", "UA")).not.toBe(a)
  })
})
