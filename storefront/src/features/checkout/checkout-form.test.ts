import { describe, expect, it } from "vitest"
import { detailsInput, normalisePhone, parseDetails, parseStep, type DetailsInput } from "./checkout-form"

const delivery: DetailsInput = {
  email: "lan@example.vn",
  full_name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  method: "delivery",
  province: "ha-noi",
  ward: "Phường Hoàn Kiếm",
  street: "12 Tràng Tiền",
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("normalisePhone", () => {
  it.each([
    ["0912345678", "+84912345678"],
    ["0912 345 678", "+84912345678"],
    ["091.234.5678", "+84912345678"],
    ["+84 912 345 678", "+84912345678"],
    ["84912345678", "+84912345678"],
    ["0386-123-456", "+84386123456"],
    ["024 3825 3536", "+842438253536"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected)
  })

  it.each(["", "12345", "0112345678", "091234567", "09123456789", "+1 415 555 0100", "số điện thoại", "0500 000 000", "0800 000 000"])("refuses %j", (input) => {
    expect(normalisePhone(input)).toBeNull()
  })
})

describe("parseDetails", () => {
  it("accepts a delivery address in the post-2025 structure, phone in E.164", () => {
    const result = parseDetails(delivery)
    expect(result).toEqual({ ok: true, details: { ...delivery, phone: "+84912345678" } })
  })

  it("accepts a pickup with only name, phone, email and province", () => {
    const result = parseDetails({ ...delivery, method: "pickup", ward: "", street: "" })
    expect(result.ok).toBe(true)
  })

  it.each([
    ["email", { email: "lan@" }, "errorEmail"],
    ["email", { email: "" }, "errorRequired"],
    ["full_name", { full_name: "   " }, "errorRequired"],
    ["phone", { phone: "12345" }, "errorPhone"],
    ["phone", { phone: "1900 1234" }, "errorPhoneSwitchboard"],
    ["phone", { phone: "1800 1234" }, "errorPhoneSwitchboard"],
    ["phone", { phone: "" }, "errorRequired"],
    ["province", { province: "ha-tay" }, "errorProvince"],
    ["province", { province: "" }, "errorRequired"],
    ["ward", { ward: "" }, "errorRequired"],
    ["street", { street: " " }, "errorRequired"],
    ["method", { method: "drone" }, "errorChoice"],
    ["street", { street: "x".repeat(201) }, "errorTooLong"],
  ])("reports %s for %j", (field, change, key) => {
    const result = parseDetails({ ...delivery, ...change })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[field]).toBe(key)
  })

  // The cart's email finds the shopper's customer in commerce: the same address in another case is the same person.
  it.each([
    ["LAN@EXAMPLE.VN", "lan@example.vn"],
    [" Lan@Example.vn ", "lan@example.vn"],
  ])("puts the email %j on the cart as %j", (typed, sent) => {
    expect(parseDetails({ ...delivery, email: typed })).toMatchObject({ ok: true, details: { email: sent } })
  })

  it("reports every problem at once, so the shopper fixes them in one go", () => {
    const result = parseDetails({ ...delivery, email: "x", phone: "1", ward: "" })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["email", "phone", "ward"])
  })

  it("reads missing fields of a form as empty", () => {
    expect(detailsInput(form({ email: "a@b.vn" }))).toEqual({ email: "a@b.vn", full_name: "", phone: "", method: "", province: "", ward: "", street: "" })
  })
})

describe("parseStep", () => {
  it.each([
    [{ intent: "details" }, { intent: "details" }],
    [{ intent: "shipping", option_id: "so_01ABC" }, { intent: "shipping", optionId: "so_01ABC" }],
    [{ intent: "payment", provider_id: "pp_vietqr_vietqr" }, { intent: "payment", providerId: "pp_vietqr_vietqr" }],
    [{ intent: "payment", provider_id: "pp_system_default" }, { intent: "payment", providerId: "pp_system_default" }],
    [{ intent: "place" }, { intent: "place" }],
  ])("reads %j", (fields, expected) => {
    expect(parseStep(form(fields))).toEqual(expected)
  })

  it.each([{}, { intent: "shipping", option_id: "../x" }, { intent: "payment", provider_id: "pp_evil" }, { intent: "refund" }])("refuses %j", (fields) => {
    expect(parseStep(form(fields))).toBeNull()
  })
})
