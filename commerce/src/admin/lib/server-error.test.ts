import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { isNotFound, refusalMessage } from "./server-error"

const FALLBACK = "Đã có lỗi xảy ra (Something went wrong)"
const refused = (status: number, message: string) => new FetchError(message, "", status)

describe("refusalMessage", () => {
  it.each([
    [
      "a bilingual refusal reads Vietnamese first, English in parentheses",
      refused(409, "«Mật ong» đã có giấy chứng nhận OCOP còn hiệu lực (Quyết định 12/QĐ-UBND, đến 01/02/2027): hãy đánh giá lại giấy đó thay vì cấp thêm. / \"Mật ong\" already has an OCOP certificate in force (decision 12/QĐ-UBND, until 1 Feb 2027): renew that certificate instead of issuing another."),
      "«Mật ong» đã có giấy chứng nhận OCOP còn hiệu lực (Quyết định 12/QĐ-UBND, đến 01/02/2027): hãy đánh giá lại giấy đó thay vì cấp thêm. (\"Mật ong\" already has an OCOP certificate in force (decision 12/QĐ-UBND, until 1 Feb 2027): renew that certificate instead of issuing another.)",
    ],
    [
      "a validation failure loses its technical prefix and field name",
      refused(400, "Invalid body: reason: hãy ghi lý do, ít nhất 3 ký tự / reason must say why, in at least 3 characters"),
      "hãy ghi lý do, ít nhất 3 ký tự (reason must say why, in at least 3 characters)",
    ],
    [
      "several validation problems each read the same way",
      refused(400, "Invalid body: lot: số lô sai / bad lot; expiry_date: must be a real calendar date"),
      "số lô sai (bad lot); must be a real calendar date",
    ],
    [
      "Medusa's own validation keeps its wording",
      refused(400, "Invalid request: Expected: 'a, b' for field 'kind', but got: 'c'"),
      "Expected: 'a, b' for field 'kind', but got: 'c'",
    ],
    [
      "a name with its own ' / ' in both halves splits at the middle one",
      refused(409, "«Trà / Chè» đã có giấy / «Trà / Chè» already has one"),
      "«Trà / Chè» đã có giấy («Trà / Chè» already has one)",
    ],
    ["an English-only refusal is shown as it is", refused(404, "Certificate cert_01 was not found"), "Certificate cert_01 was not found"],
    ["a server fault says nothing useful", refused(500, "An unknown error occurred."), FALLBACK],
    ["a network failure says nothing useful", new TypeError("Failed to fetch"), FALLBACK],
  ])("%s", (_, error, expected) => {
    expect(refusalMessage(error, FALLBACK)).toBe(expected)
  })
})

describe("isNotFound", () => {
  it.each([
    [refused(404, "Certificate cert_01 was not found"), true],
    [refused(400, "Invalid path: id: must be a certificate id"), true],
    [refused(400, "Invalid query: limit: too big"), false],
    [refused(500, "An unknown error occurred."), false],
    [new TypeError("Failed to fetch"), false],
  ])("%s → %s", (error, expected) => {
    expect(isNotFound(error)).toBe(expected)
  })
})
