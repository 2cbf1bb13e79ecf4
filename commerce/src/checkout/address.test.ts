import { describe, expect, it } from "vitest"
import { addressProblems, deliveryAddress, parcelAddressLine, recipientPhone, vietnamesePhone } from "./address"
import { deliveryZones, provinceSlugs } from "./zones"

describe("vietnamesePhone", () => {
  it.each([
    ["0912345678", "+84912345678"],
    ["091 234 5678", "+84912345678"],
    ["+84 912 345 678", "+84912345678"],
    ["0352123456", "+84352123456"],
    ["0243 825 1234", "+842438251234"],
  ])("accepts %s as %s", (input, normalised) => {
    expect(vietnamesePhone.parse(input)).toBe(normalised)
  })

  it.each(["", "12345", "0912", "+1 202 555 0143", "09123456789012", "abc"])("refuses %j", (input) => {
    expect(vietnamesePhone.safeParse(input).success).toBe(false)
  })
})

describe("recipientPhone", () => {
  it.each([
    ["a mobile", "0912 345 678", "+84912345678"],
    ["a Hà Nội landline", "024 3825 1234", "+842438251234"],
  ])("accepts %s", (_kind, input, normalised) => {
    expect(recipientPhone.parse(input)).toBe(normalised)
  })

  it.each([
    ["a shared-cost 1900 line", "1900 1234"],
    ["a toll-free 1800 line", "1800 1234"],
  ])("refuses %s, which reaches no one in particular", (_kind, input) => {
    expect(vietnamesePhone.safeParse(input).success).toBe(true)
    const result = recipientPhone.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.message).toContain("1800 and 1900 numbers are switchboards")
  })

  it("says only that a malformed number is not valid", () => {
    expect(recipientPhone.safeParse("12").error!.issues.map((issue) => issue.message)).toEqual(["Số điện thoại Việt Nam không hợp lệ / Not a valid Vietnamese phone number"])
  })
})

describe("deliveryAddress", () => {
  const address = { first_name: "Nguyễn Thị Lan", phone: "0912345678", country_code: "vn", province: "thai-nguyen", city: "xã Côn Minh", address_1: "Thôn Nà Đon" }

  it("accepts a province → commune → street address", () => {
    expect(deliveryAddress.parse(address)).toMatchObject({ province: "thai-nguyen", phone: "+84912345678" })
  })

  it("refuses a ward or commune that is not the province's since July 2025", () => {
    const result = deliveryAddress.safeParse({ ...address, city: "Phường Hoàn Kiếm" })
    expect(result.success).toBe(false)
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["city"], message: expect.stringContaining("No such ward or commune in this province") })])
  })

  it("refuses a pre-2025 province and names every problem", () => {
    const result = deliveryAddress.safeParse({ ...address, province: "bac-kan", city: " ", phone: "12" })
    expect(result.success).toBe(false)
    const message = addressProblems(result.error!)
    expect(message).toContain("Unknown province")
    expect(message).toContain("Phường/xã")
    expect(message).toContain("Not a valid Vietnamese phone number")
  })
})

describe("deliveryZones", () => {
  it("covers each of the 34 provinces exactly once", () => {
    const all = deliveryZones.flatMap((zone) => zone.provinces)
    expect(all).toHaveLength(34)
    expect(provinceSlugs.size).toBe(34)
  })
})

describe("parcelAddressLine", () => {
  it("writes street, ward and the province by its official name", () => {
    expect(parcelAddressLine({ address_1: "Số 1 Hàng Bạc", address_2: " ", city: "Phường Hoàn Kiếm", province: "ha-noi" })).toBe("Số 1 Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội")
    expect(parcelAddressLine({ address_1: "Xóm 3", address_2: "Nhà ông Sỹ", city: "Xã Diễn Châu", province: "nghe-an" })).toBe("Xóm 3, Nhà ông Sỹ, Xã Diễn Châu, Nghệ An")
  })

  it("keeps a province it does not know as written, and leaves out what is missing", () => {
    expect(parcelAddressLine({ address_1: "12 Lê Lợi", city: null, province: "tinh-cu" })).toBe("12 Lê Lợi, tinh-cu")
    expect(parcelAddressLine({})).toBe("")
  })
})
