import { describe, expect, it } from "vitest"
import { StoreApiError } from "../../lib/store-api-error"
import { loginChangeRefusal } from "./login-change-refusal"

describe("loginChangeRefusal", () => {
  it("puts a wrong current password beside the form's own password field", () => {
    const wrong = new StoreApiError(400, "the current password is not right", "invalid_data", null, "wrong_current_password")
    expect(loginChangeRefusal(wrong, "current_password")).toEqual({ status: 400, flash: null, errors: { current_password: "errorPasswordWrong" } })
    expect(loginChangeRefusal(wrong, "email_password")).toEqual({ status: 400, flash: null, errors: { email_password: "errorPasswordWrong" } })
  })

  it("tells a locked-out person how many minutes to wait, rounded up", () => {
    const locked = new StoreApiError(429, "Too many wrong current passwords", "rate_limited", 61)
    expect(loginChangeRefusal(locked, "email_password")).toEqual({
      status: 429,
      flash: { kind: "error", key: "passwordChangeLocked", values: { minutes: 2 } },
      errors: {},
    })
  })

  it("leaves every other refusal to the form", () => {
    expect(loginChangeRefusal(new StoreApiError(409, "taken", "conflict"), "email_password")).toBeNull()
    expect(loginChangeRefusal(new StoreApiError(400, "Invalid body: email", "invalid_data"), "current_password")).toBeNull()
    expect(loginChangeRefusal(new Error("network"), "current_password")).toBeNull()
  })
})
