import { describe, expect, it } from "vitest"
import { isResettableAccount, resetLink } from "./reset-link"

const urls = { storefrontUrl: "https://cho-ocop.example.vn", backendUrl: "https://api.cho-ocop.example.vn" }

describe("resetLink", () => {
  it("sends a shopper to the storefront page in the language they asked in", () => {
    expect(resetLink("customer", "abc.def", "vi", urls)).toBe("https://cho-ocop.example.vn/tai-khoan/dat-lai-mat-khau?token=abc.def")
    expect(resetLink("customer", "abc.def", "en", urls)).toBe("https://cho-ocop.example.vn/en/account/reset-password?token=abc.def")
  })

  it("defaults to Vietnamese when the language is missing or unknown", () => {
    expect(resetLink("producer", "t", undefined, urls)).toBe("https://cho-ocop.example.vn/producer/dat-lai-mat-khau?token=t")
    expect(resetLink("producer", "t", "fr", urls)).toBe("https://cho-ocop.example.vn/producer/dat-lai-mat-khau?token=t")
  })

  it("sends the programme office to the admin dashboard's own reset page", () => {
    expect(resetLink("user", "t", "en", urls)).toBe("https://api.cho-ocop.example.vn/app/reset-password?token=t")
  })

  it("escapes the token in the query", () => {
    expect(resetLink("customer", "a+b/c=", "vi", urls)).toContain("token=a%2Bb%2Fc%3D")
  })
})

describe("isResettableAccount", () => {
  it.each([
    ["customer", true],
    ["producer", true],
    ["user", true],
    ["seller", false],
    [undefined, false],
  ])("%s → %s", (actorType, expected) => {
    expect(isResettableAccount(actorType)).toBe(expected)
  })
})
