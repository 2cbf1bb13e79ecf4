import { describe, expect, it } from "vitest"
import { DEMO_ACCOUNT, vietQrAccountFromEnv } from "./account"

const real = { VIETQR_BANK_BIN: "970415", VIETQR_BANK_NAME: "VietinBank", VIETQR_ACCOUNT_NUMBER: "113366668888", VIETQR_ACCOUNT_NAME: "VAN PHONG OCOP" }

describe("vietQrAccountFromEnv", () => {
  it("uses the configured account, in production or not", () => {
    const expected = { bankBin: "970415", bankName: "VietinBank", accountNumber: "113366668888", accountName: "VAN PHONG OCOP" }
    expect(vietQrAccountFromEnv(real, true)).toEqual({ account: expected, warning: null })
    expect(vietQrAccountFromEnv({ ...real, VIETQR_DEMO_ACCOUNT: "true" }, false).account).toEqual(expected)
  })

  it.each([
    ["development", {}, false],
    ["a production build started by npm start", { VIETQR_DEMO_ACCOUNT: "true" }, true],
  ])("falls back to the clearly named test account in %s", (_, env, production) => {
    expect(vietQrAccountFromEnv(env, production)).toEqual({ account: DEMO_ACCOUNT, warning: null })
    expect(DEMO_ACCOUNT.accountName).toContain("THU NGHIEM")
  })

  it("offers no VietQR in production without an account, and says which variables to set", () => {
    const setting = vietQrAccountFromEnv({ VIETQR_DEMO_ACCOUNT: "false" }, true)
    expect(setting.account).toBeNull()
    expect(setting.warning).toContain("VIETQR_ACCOUNT_NUMBER")
  })

  it("refuses a partial account rather than sending transfers astray", () => {
    const { VIETQR_ACCOUNT_NAME: _, ...partial } = real
    expect(() => vietQrAccountFromEnv(partial, true)).toThrow(/missing VIETQR_ACCOUNT_NAME/)
    expect(() => vietQrAccountFromEnv({ ...real, VIETQR_BANK_BIN: " " }, false)).toThrow(/missing VIETQR_BANK_BIN/)
  })
})
