import { describe, expect, it } from "vitest"
import { parseLinkRequest, parseNewPassword } from "./reset-form"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) data.set(name, value)
  return data
}

describe("parseLinkRequest", () => {
  it.each([
    ["  lan@example.vn ", "lan@example.vn"],
    ["LAN@EXAMPLE.VN", "lan@example.vn"],
    [" Lan@Example.vn", "lan@example.vn"],
  ])("asks for the link of %j as %j: the account's address in any letter case", (typed, sent) => {
    expect(parseLinkRequest(form({ email: typed }))).toEqual({ ok: true, value: { email: sent } })
  })

  it.each<[Record<string, string>, string]>([
    [{ email: "" }, "errorRequired"],
    [{ email: "lan@" }, "errorEmail"],
    [{}, "errorRequired"],
  ])("refuses %j with %s and keeps what was typed", (entries, error) => {
    const result = parseLinkRequest(form(entries))
    expect(result).toEqual({ ok: false, errors: { email: error }, input: { email: entries["email"] ?? "" } })
  })
})

describe("parseNewPassword", () => {
  it("accepts a password typed twice the same", () => {
    expect(parseNewPassword(form({ token: "t.o.k", password: "mat-khau-moi", password_repeat: "mat-khau-moi" }))).toEqual({ ok: true, value: { token: "t.o.k", password: "mat-khau-moi" } })
  })

  it("keeps spaces a person put in their password", () => {
    const result = parseNewPassword(form({ token: "t", password: " co dau cach ", password_repeat: " co dau cach " }))
    expect(result.ok && result.value.password).toBe(" co dau cach ")
  })

  it("says when the two passwords differ, and never echoes either", () => {
    const result = parseNewPassword(form({ token: "t", password: "mat-khau-moi", password_repeat: "mat-khau-mo" }))
    expect(result).toEqual({ ok: false, errors: { password_repeat: "errorPasswordMismatch" }, input: { token: "t" } })
  })

  it("asks for at least eight characters", () => {
    const result = parseNewPassword(form({ token: "t", password: "ngan", password_repeat: "ngan" }))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors["password"]).toBe("errorPasswordShort")
  })

  it("refuses a form without the emailed token", () => {
    const result = parseNewPassword(form({ password: "mat-khau-moi", password_repeat: "mat-khau-moi" }))
    expect(!result.ok && result.errors["token"]).toBe("errorRequired")
  })
})
