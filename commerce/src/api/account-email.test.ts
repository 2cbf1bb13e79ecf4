import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it } from "vitest"
import { accountEmail, normaliseAccountEmail, type SelfServiceAccount } from "./account-email"

describe("accountEmail", () => {
  it.each([
    ["customer", " Lan.Nguyen@Example.VN ", "lan.nguyen@example.vn"],
    ["producer", "HTX.BatTrang@OCOP.vn", "htx.battrang@ocop.vn"],
    ["user", "VanPhong@OCOP.gov.vn", "VanPhong@OCOP.gov.vn"],
  ])("a %s account is known by %j as %j", (actorType, email, expected) => {
    expect(accountEmail(actorType, email)).toBe(expected)
  })
})

describe("normaliseAccountEmail", () => {
  function run(account: SelfServiceAccount, body: unknown, validatedBody?: unknown) {
    const req = { body, validatedBody } as unknown as MedusaRequest
    let calls = 0
    normaliseAccountEmail(account)(req, {} as MedusaResponse, () => calls++)
    return { body: req.body, validatedBody: (req as { validatedBody?: unknown }).validatedBody, calls }
  }

  it.each<[string, SelfServiceAccount, unknown, unknown]>([
    ["a shopper registering", "customer", { email: " QA1@Example.com ", password: "x" }, { email: "qa1@example.com", password: "x" }],
    ["a producer member logging in", "producer", { email: "Thanh.Vien@HTX.vn", password: "x" }, { email: "thanh.vien@htx.vn", password: "x" }],
    ["a guest cart", "customer", { region_id: "reg_1", email: "Khach@Example.VN" }, { region_id: "reg_1", email: "khach@example.vn" }],
    ["no email", "customer", { password: "x" }, { password: "x" }],
    ["an email that is not a string", "customer", { email: 42 }, { email: 42 }],
    ["an email cleared with null", "customer", { email: null }, { email: null }],
    ["no body", "customer", undefined, undefined],
    ["a body that is not an object", "customer", "QA1@Example.com", "QA1@Example.com"],
  ])("%s", (_, account, body, expected) => {
    const result = run(account, body)
    expect(result.body).toEqual(expected)
    expect(result.calls).toBe(1)
  })

  it("also writes the copy Medusa's validator already made, which its route reads", () => {
    const result = run("customer", { email: "Mixed@Case.vn" }, { email: "Mixed@Case.vn", first_name: "Lan" })
    expect(result.body).toEqual({ email: "mixed@case.vn" })
    expect(result.validatedBody).toEqual({ email: "mixed@case.vn", first_name: "Lan" })
  })
})
