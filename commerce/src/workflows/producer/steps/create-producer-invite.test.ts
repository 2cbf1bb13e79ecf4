import { describe, expect, it } from "vitest"
import { hashInviteToken, inviteState } from "./create-producer-invite"

const now = Date.parse("2026-12-05T10:00:00Z")

describe("inviteState", () => {
  it("is open until the moment it expires, and expired from then on", () => {
    expect(inviteState({ accepted_at: null, expires_at: "2026-12-05T10:00:01Z" }, now)).toBe("open")
    expect(inviteState({ accepted_at: null, expires_at: new Date(now) }, now)).toBe("expired")
    expect(inviteState({ accepted_at: null, expires_at: "2026-11-28T10:00:00Z" }, now)).toBe("expired")
  })

  it("stays used after the date it would have expired", () => {
    expect(inviteState({ accepted_at: "2026-11-20T08:00:00Z", expires_at: "2026-11-27T08:00:00Z" }, now)).toBe("used")
    expect(inviteState({ accepted_at: new Date(now - 1000), expires_at: "2026-12-12T10:00:00Z" }, now)).toBe("used")
  })
})

describe("hashInviteToken", () => {
  it("stores a digest, never the token itself", () => {
    const token = "k3Yq0m8ZrX2d6PpQ1sVb4tLw9nHc7uJe5aFgTiRoSyU"
    expect(hashInviteToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashInviteToken(token)).toBe(hashInviteToken(token))
    expect(hashInviteToken(`${token}x`)).not.toBe(hashInviteToken(token))
  })
})
