import { describe, expect, it } from "vitest"
import { commerceRefusal, parseReport, PHOTO_MAX_BYTES } from "./report-form"

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const png = (bytes: number, type = "image/png") => new File([new Uint8Array(bytes)], "tem.png", { type })

describe("parseReport", () => {
  it("accepts a report as commerce does, trimmed, with or without a photo", () => {
    expect(parseReport(form({ where_bought: "  Chợ Đồng Xuân ", message: "Tem bị bóc ra dán lại", photo: png(0, "application/octet-stream") }))).toEqual({
      ok: true,
      value: { where_bought: "Chợ Đồng Xuân", message: "Tem bị bóc ra dán lại" },
    })
    const withPhoto = parseReport(form({ where_bought: "Chợ", message: "Tem mờ", photo: png(1000) }))
    expect(withPhoto.ok && withPhoto.value.photo?.size).toBe(1000)
  })

  it.each([
    ["a one-letter place", { where_bought: "a", message: "Tem mờ" }, { where_bought: "reportWhereShort" }],
    ["spaces only", { where_bought: "   ", message: "  " }, { where_bought: "reportWhereShort", message: "reportMessageShort" }],
    ["a two-letter message", { where_bought: "Chợ", message: "ab" }, { message: "reportMessageShort" }],
    ["a place over 300 characters", { where_bought: "x".repeat(301), message: "Tem mờ" }, { where_bought: "errorTooLong" }],
    ["a message over 2000 characters", { where_bought: "Chợ", message: "x".repeat(2001) }, { message: "errorTooLong" }],
    ["a GIF", { where_bought: "Chợ", message: "Tem mờ", photo: png(10, "image/gif") }, { photo: "reportPhotoInvalid" }],
    ["a photo over 2 MB", { where_bought: "Chợ", message: "Tem mờ", photo: png(PHOTO_MAX_BYTES + 1) }, { photo: "reportPhotoInvalid" }],
    ["nothing at all", {}, { where_bought: "reportWhereShort", message: "reportMessageShort" }],
  ])("refuses %s beside its field, keeping what was typed", (_name, fields, errors) => {
    const parsed = parseReport(form(fields))
    expect(parsed).toEqual({ ok: false, errors, input: { where_bought: (fields as { where_bought?: string }).where_bought ?? "", message: (fields as { message?: string }).message ?? "" } })
  })
})

describe("commerceRefusal", () => {
  it.each([
    ["Invalid body: where_bought: where_bought must say where the product was bought", { where_bought: "reportWhereShort" }],
    ["Invalid body: where_bought: x; message: message must describe the problem in at least 3 characters", { where_bought: "reportWhereShort", message: "reportMessageShort" }],
    ["Invalid body: photo is not a image/png image", { photo: "reportPhotoInvalid" }],
    ["Invalid body: photo.content_type: photo must be a JPEG, PNG or WebP image", { photo: "reportPhotoInvalid" }],
    ["Invalid body: code: code is required", { form: "formUnreadable" }],
  ])("words %s per field", (message, errors) => {
    expect(commerceRefusal(message)).toEqual(errors)
  })
})
