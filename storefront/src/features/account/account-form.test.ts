import { describe, expect, it } from "vitest"
import { nextStep, parseEmailChange, parseLogin, parsePasswordChange, parseProfile, parseRegistration } from "./account-form"

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("parseRegistration", () => {
  it("accepts a new account, phone optional and normalised", () => {
    expect(parseRegistration(form({ email: " lan@example.vn ", password: "mật khẩu dài", full_name: "Nguyễn Thị Lan", phone: "0912 345 678" }))).toEqual({
      ok: true,
      value: { email: "lan@example.vn", password: "mật khẩu dài", full_name: "Nguyễn Thị Lan", phone: "+84912345678" },
    })
    expect(parseRegistration(form({ email: "lan@example.vn", password: "12345678", full_name: "Lan", phone: "" }))).toMatchObject({ ok: true, value: { phone: "" } })
  })

  it.each([
    ["password", { password: "1234567" }, "errorPasswordShort"],
    ["password", { password: "" }, "errorRequired"],
    ["email", { email: "lan" }, "errorEmail"],
    ["full_name", { full_name: "" }, "errorRequired"],
    ["phone", { phone: "12" }, "errorPhone"],
    ["phone", { phone: "1900 1234" }, "errorPhoneSwitchboard"],
  ])("reports %s for %j and never echoes the password", (field, change, key) => {
    const result = parseRegistration(form({ email: "lan@example.vn", password: "12345678", full_name: "Lan", phone: "", ...change }))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors[field]).toBe(key)
      expect(result.input).not.toHaveProperty("password")
    }
  })
})

describe("parseLogin", () => {
  it("needs an email and a password", () => {
    expect(parseLogin(form({ email: "lan@example.vn", password: "x" })).ok).toBe(true)
    const result = parseLogin(form({ email: "", password: "" }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toEqual({ email: "errorRequired", password: "errorRequired" })
  })
})

describe("the email of an account", () => {
  // One address is one person: what is sent to commerce is the same however it was typed.
  it.each([
    ["lan@example.vn", "lan@example.vn"],
    ["LAN@EXAMPLE.VN", "lan@example.vn"],
    ["Lan.Nguyen@Example.VN", "lan.nguyen@example.vn"],
    ["  QA1@example.com\t", "qa1@example.com"],
  ])("%j logs in and registers as %j", (typed, sent) => {
    expect(parseLogin(form({ email: typed, password: "x" }))).toMatchObject({ ok: true, value: { email: sent } })
    expect(parseRegistration(form({ email: typed, password: "12345678", full_name: "Lan", phone: "" }))).toMatchObject({ ok: true, value: { email: sent } })
  })

  it("keeps the address as typed when it is refused, so the shopper can correct it", () => {
    const result = parseLogin(form({ email: "LAN@", password: "x" }))
    expect(result).toEqual({ ok: false, errors: { email: "errorEmail" }, input: { email: "LAN@" } })
  })
})

describe("nextStep", () => {
  it.each([
    ["checkout", "checkout"],
    ["order_01KQ7ZP1M2N3", "order_01KQ7ZP1M2N3"],
    ["order_../tai-khoan", undefined],
    ["/don-hang/order_01KQ7ZP1M2N3", undefined],
    ["https://evil.example/", undefined],
    ["//evil.example", undefined],
    [null, undefined],
  ])("%s → %s", (value, expected) => {
    expect(nextStep(value)).toBe(expected)
  })
})

describe("parseProfile", () => {
  it("keeps the name and a phone written +84…, or no phone", () => {
    expect(parseProfile(form({ full_name: " Trần Văn Minh ", phone: "0912 345 678" }))).toEqual({ ok: true, value: { full_name: "Trần Văn Minh", phone: "+84912345678" } })
    expect(parseProfile(form({ full_name: "Minh", phone: " " }))).toEqual({ ok: true, value: { full_name: "Minh", phone: "" } })
  })

  it.each([
    ["full_name", { full_name: "" }, "errorRequired"],
    ["full_name", { full_name: "x".repeat(101) }, "errorTooLong"],
    ["phone", { phone: "12" }, "errorPhone"],
    ["phone", { phone: "1800 1234" }, "errorPhoneSwitchboard"],
  ])("reports %s for %j and shows what was typed again", (field, change, key) => {
    const typed = { full_name: "Minh", phone: "", ...change }
    expect(parseProfile(form(typed))).toEqual({ ok: false, errors: { [field]: key }, input: typed })
  })
})

describe("parsePasswordChange", () => {
  const change = { current_password: "mật khẩu cũ", new_password: "mật khẩu mới!", new_password_repeat: "mật khẩu mới!" }

  it("takes the current password and the new one typed twice, spaces included", () => {
    expect(parsePasswordChange(form(change))).toEqual({ ok: true, value: change })
    // A space at either end is part of a password, as it is when logging in.
    const spaced = { current_password: " cũ ", new_password: " mật khẩu mới ", new_password_repeat: " mật khẩu mới " }
    expect(parsePasswordChange(form(spaced))).toEqual({ ok: true, value: spaced })
  })

  it.each([
    ["current_password", { current_password: "" }, "errorRequired"],
    ["new_password", { new_password: "ngắn", new_password_repeat: "ngắn" }, "errorPasswordShort"],
    ["new_password_repeat", { new_password_repeat: "mật khẩu khác" }, "errorPasswordMismatch"],
    ["new_password", { new_password: "mật khẩu cũ", new_password_repeat: "mật khẩu cũ" }, "errorPasswordSame"],
  ])("reports %s for %j and never echoes a password", (field, edit, key) => {
    const result = parsePasswordChange(form({ ...change, ...edit }))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors[field]).toBe(key)
      expect(result.input).toEqual({})
    }
  })
})

describe("parseEmailChange", () => {
  it("takes the new address as every address is kept, and the password as typed", () => {
    expect(parseEmailChange(form({ new_email: "  Lan.Moi@Example.VN ", email_password: " mật khẩu " }), "lan@example.vn")).toEqual({
      ok: true,
      value: { new_email: "lan.moi@example.vn", email_password: " mật khẩu " },
    })
  })

  it.each([
    ["new_email", { new_email: "" }, "errorRequired"],
    ["new_email", { new_email: "lan.moi" }, "errorEmail"],
    ["new_email", { new_email: "LAN@example.vn" }, "errorEmailSame"],
    ["email_password", { email_password: "" }, "errorRequired"],
  ])("reports %s for %j, keeping the address typed and never the password", (field, edit, key) => {
    const result = parseEmailChange(form({ new_email: "lan.moi@example.vn", email_password: "mật khẩu", ...edit }), "lan@example.vn")
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors[field]).toBe(key)
      expect(result.input).toEqual({ new_email: "new_email" in edit ? edit.new_email : "lan.moi@example.vn" })
    }
  })
})
