import { describe, expect, it } from "vitest"
import { MAX_PHOTO_BYTES } from "./photo-limits"
import {
  fieldMessage,
  parseInviteAcceptance,
  parseLineStatus,
  parsePasswordChange,
  parsePhotoUpload,
  parsePortalLogin,
  parseProductDraft,
  parseProducerContact,
  parseProductEdit,
  parseProductPhoto,
  parseStampBatch,
  parseStampVoid,
  parseStockUpdate,
  type Parsed,
} from "./portal-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const PRODUCT = "prod_01JH0000000000000000000000"
const VARIANT = "variant_01JH0000000000000000000000"
const edit = { product_id: PRODUCT, title: "Lạc sen Diễn Châu", description: "", story_vi: "", story_en: "", pack_0_id: VARIANT, pack_0_title: "Hộp 500 g", pack_0_price: "55000" }
const STOCK_ITEM = "iitem_01JH0000000000000000000000"
const SALES_POINT = "spt_01JH0000000000000000000000"
const IMAGE = "img_01JH0000000000000000000000"
const LINE = "olal_01JH0000000000000000000000"
const PRICES = { min: 1, max: 1_000_000_000 }

/** A refused field's message as the member reads it, in both languages. */
function messages(parsed: Parsed<unknown>, field: string) {
  if (parsed.ok || !parsed.errors[field]) return null
  const key = parsed.errors[field]
  return { vi: fieldMessage("vi", key, parsed.errorValues[field]), en: fieldMessage("en", key, parsed.errorValues[field]) }
}

describe("product edit form", () => {
  it.each([
    ["55000", 55_000],
    ["55.000", 55_000],
    ["55 000", 55_000],
    ["1.000.000.000", 1_000_000_000],
    ["35 000 ₫", 35_000],
    ["35\u00a0000\u00a0₫", 35_000],
    ["35\u202f000", 35_000],
    ["35\u2009000 đ", 35_000],
    ["35.000đ", 35_000],
    ["35000 VND", 35_000],
    [" 35.000 vnđ ", 35_000],
  ])("reads the price %j as %i đồng", (price, amount) => {
    const parsed = parseProductEdit(form({ ...edit, pack_0_price: price }))
    expect(parsed.ok && parsed.value.packs).toEqual([{ id: VARIANT, title: "Hộp 500 g", price: amount }])
  })

  it.each([
    ["", "errorRequired", undefined],
    ["55,5k", "errorPriceWholeNumber", PRICES],
    ["55.00", "errorPriceWholeNumber", PRICES],
    ["₫", "errorPriceWholeNumber", PRICES],
    ["35 000 ₫ ₫", "errorPriceWholeNumber", PRICES],
    ["-5", "errorPriceRange", PRICES],
    ["-1", "errorPriceRange", PRICES],
    ["- 55.000", "errorPriceRange", PRICES],
    ["0", "errorPriceRange", PRICES],
    ["1000000001", "errorPriceRange", PRICES],
  ])("refuses the price %j with %s and the prices allowed, and keeps the rest as typed", (price, error, values) => {
    const parsed = parseProductEdit(form({ ...edit, pack_0_price: price, story_vi: "Hạt lạc\n\ntrồng trên đất cát" }))
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors["pack_0_price"]).toBe(error)
    expect(parsed.errorValues["pack_0_price"]).toEqual(values)
    expect(parsed.input["story_vi"]).toBe("Hạt lạc\n\ntrồng trên đất cát")
    expect(parsed.input["pack_0_price"]).toBe(price)
  })

  it.each([
    ["-5", "Giá từ 1\u00a0₫ đến 1.000.000.000\u00a0₫.", "Price from 1\u00a0₫ to 1,000,000,000\u00a0₫."],
    ["1.500.000.000", "Giá từ 1\u00a0₫ đến 1.000.000.000\u00a0₫.", "Price from 1\u00a0₫ to 1,000,000,000\u00a0₫."],
    ["55,5k", "Nhập giá là số nguyên, từ 1\u00a0₫ đến 1.000.000.000\u00a0₫.", "Enter the price as a whole number, from 1\u00a0₫ to 1,000,000,000\u00a0₫."],
  ])("tells a member who typed the price %j which prices are allowed", (price, vi, en) => {
    expect(messages(parseProductEdit(form({ ...edit, pack_0_price: price })), "pack_0_price")).toEqual({ vi, en })
    expect(messages(parseProductDraft(form({ title: "Mật ong", description: "", story_vi: "", story_en: "", price })), "price")).toEqual({ vi, en })
  })

  it("reads every pack of the product, each with its own name and price", () => {
    const second = "variant_01JH0000000000000000000001"
    const parsed = parseProductEdit(form({ ...edit, pack_1_id: second, pack_1_title: " Thùng 12 hộp ", pack_1_price: "600.000" }))
    expect(parsed.ok && parsed.value.packs).toEqual([
      { id: VARIANT, title: "Hộp 500 g", price: 55_000 },
      { id: second, title: "Thùng 12 hộp", price: 600_000 },
    ])
    const unnamed = parseProductEdit(form({ ...edit, pack_1_id: second, pack_1_title: "", pack_1_price: "600000" }))
    expect(unnamed.ok ? null : unnamed.errors).toEqual({ pack_1_title: "errorRequired" })
    const tampered = parseProductEdit(form({ ...edit, pack_0_id: "variant_../../x" }))
    expect(tampered.ok ? null : tampered.errors).toEqual({ form: "errorFormStale" })
  })

  it("reads the provinces ticked as the delivery area, none meaning everywhere, and refuses one that is not a province", () => {
    const ticked = (...slugs: string[]) => {
      const data = form(edit)
      for (const slug of slugs) data.append("delivery_province", slug)
      return data
    }
    expect(parseProductEdit(ticked())).toMatchObject({ ok: true, value: { deliveryProvinces: [] } })
    expect(parseProductEdit(ticked("ha-noi", "bac-ninh", "ha-noi"))).toMatchObject({ ok: true, value: { deliveryProvinces: ["ha-noi", "bac-ninh"] } })
    const refused = parseProductEdit(ticked("ha-noi", "ha-tay"))
    expect(refused.ok ? null : refused.errors).toEqual({ delivery_province: "errorChoice" })
    expect(refused.ok ? null : refused.input["delivery_province"]).toBe("ha-noi")
    const untitled = ticked("bac-ninh")
    untitled.set("title", "")
    const keptTicks = parseProductEdit(untitled)
    expect(keptTicks.ok ? null : [keptTicks.errors, keptTicks.input["delivery_province"]]).toEqual([{ title: "errorRequired" }, "bac-ninh"])
  })

  it("requires a title and keeps stories under 10,000 characters", () => {
    const parsed = parseProductEdit(form({ ...edit, title: "  ", story_en: "x".repeat(10_001) }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ title: "errorRequired", story_en: "errorMaxLength" })
    expect(parseProductEdit(form({ ...edit, story_en: "x".repeat(10_000) })).ok).toBe(true)
  })

  it.each([
    ["story_vi", 10_000, 10_234, "Tối đa 10.000 ký tự (bạn đã nhập 10.234).", "At most 10,000 characters (you entered 10,234)."],
    ["story_en", 10_000, 10_001, "Tối đa 10.000 ký tự (bạn đã nhập 10.001).", "At most 10,000 characters (you entered 10,001)."],
    ["description", 10_000, 12_000, "Tối đa 10.000 ký tự (bạn đã nhập 12.000).", "At most 10,000 characters (you entered 12,000)."],
    ["title", 200, 201, "Tối đa 200 ký tự (bạn đã nhập 201).", "At most 200 characters (you entered 201)."],
    ["pack_0_title", 80, 95, "Tối đa 80 ký tự (bạn đã nhập 95).", "At most 80 characters (you entered 95)."],
  ])("tells how long %s may be (%i characters) and how long it was (%i)", (field, max, length, vi, en) => {
    const parsed = parseProductEdit(form({ ...edit, [field]: "ạ".repeat(length) }))
    expect(parsed.ok ? null : [parsed.errors[field], parsed.errorValues[field]]).toEqual(["errorMaxLength", { max, length }])
    expect(messages(parsed, field)).toEqual({ vi, en })
  })

  it("counts a story's length as sent, after trimming its ends", () => {
    const parsed = parseProductEdit(form({ ...edit, story_vi: `  ${"x".repeat(10_001)}\n\n` }))
    expect(parsed.ok ? null : parsed.errorValues["story_vi"]).toEqual({ max: 10_000, length: 10_001 })
  })

  it("normalises Windows line breaks in stories", () => {
    const parsed = parseProductEdit(form({ ...edit, story_vi: "Dòng một\r\n\r\nDòng hai" }))
    expect(parsed.ok && parsed.value.story_vi).toBe("Dòng một\n\nDòng hai")
  })
})

describe("draft, stock, status and stamp forms", () => {
  it("a draft needs a title and a price", () => {
    const parsed = parseProductDraft(form({ title: "", price: "", description: "", story_vi: "", story_en: "" }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ title: "errorRequired", price: "errorRequired" })
  })

  it.each([
    ["0", true],
    ["12", true],
    ["1.000.000", true],
    ["1000001", false],
    ["2.5", false],
    ["-1", false],
  ])("stock quantity %s accepted: %s", (quantity, ok) => {
    const parsed = parseStockUpdate(form({ inventory_item_id: STOCK_ITEM, sales_point_id: SALES_POINT, stocked_quantity: quantity }))
    expect(parsed.ok).toBe(ok)
  })

  it.each([
    ["-1", "errorQuantityRange", "Số lượng từ 0 đến 1.000.000.", "Quantity from 0 to 1,000,000."],
    ["1000001", "errorQuantityRange", "Số lượng từ 0 đến 1.000.000.", "Quantity from 0 to 1,000,000."],
    ["2.5", "errorQuantityWholeNumber", "Nhập số lượng là số nguyên, từ 0 đến 1.000.000.", "Enter the quantity as a whole number, from 0 to 1,000,000."],
    ["mười", "errorQuantityWholeNumber", "Nhập số lượng là số nguyên, từ 0 đến 1.000.000.", "Enter the quantity as a whole number, from 0 to 1,000,000."],
  ])("refuses the stock quantity %j with %s, naming the quantities allowed", (quantity, error, vi, en) => {
    const parsed = parseStockUpdate(form({ inventory_item_id: STOCK_ITEM, sales_point_id: SALES_POINT, stocked_quantity: quantity }))
    expect(parsed.ok ? null : [parsed.errors, parsed.errorValues]).toEqual([{ stocked_quantity: error }, { stocked_quantity: { min: 0, max: 1_000_000 } }])
    expect(messages(parsed, "stocked_quantity")).toEqual({ vi, en })
  })

  it.each([
    ["prepared", true],
    ["ready_for_pickup", true],
    ["placed", false],
    ["canceled", false],
  ])("a line may be moved to %s: %s", (status, ok) => {
    expect(parseLineStatus(form({ line_id: "olal_01JH0000000000000000000000", status })).ok).toBe(ok)
  })

  it.each([
    ["", true],
    ["LO-2026/11", true],
    ["lô 1", false],
    ["A".repeat(21), false],
  ])("stamp lot %j accepted: %s", (lot, ok) => {
    const parsed = parseStampBatch(form({ product_id: PRODUCT, quantity: "100", lot }))
    expect(parsed.ok).toBe(ok)
    if (!parsed.ok) expect(parsed.errors["lot"]).toBe("errorLot")
  })

  it("stamp quantity is 1 to 100,000", () => {
    expect(parseStampBatch(form({ product_id: PRODUCT, quantity: "100.000", lot: "" })).ok).toBe(true)
    for (const quantity of ["100001", "0", "-3"]) {
      const parsed = parseStampBatch(form({ product_id: PRODUCT, quantity, lot: "" }))
      expect(parsed.ok ? null : [parsed.errors["quantity"], parsed.errorValues["quantity"]]).toEqual(["errorQuantityRange", { min: 1, max: 100_000 }])
      expect(messages(parsed, "quantity")).toEqual({ vi: "Số lượng từ 1 đến 100.000.", en: "Quantity from 1 to 100,000." })
    }
  })

  it("a stamp batch for a product not in the list is refused beside the list, which the member can see", () => {
    const parsed = parseStampBatch(form({ product_id: "abc", quantity: "10", lot: "" }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ product_id: "errorChoice" })
  })

  it("a stamp to void is its serial as typed off the package, with a reason", () => {
    expect(parseStampVoid(form({ serial: "ad1a-9932 5f7", reason: "  Tem in lệch, đã bóc bỏ " }))).toEqual({ ok: true, value: { serial: "AD1A99325F7", reason: "Tem in lệch, đã bóc bỏ" } })
  })

  it.each([
    [{ serial: "", reason: "Tem in hỏng" }, { serial: "errorRequired" }],
    [{ serial: "AD1A99325F714HJQDTQ5", reason: "Tem in hỏng" }, { serial: "errorStampSerial" }],
    [{ serial: "AD1A99325F7", reason: "" }, { reason: "errorRequired" }],
    [{ serial: "AD1A99325F7", reason: " ab " }, { reason: "errorReasonShort" }],
    [{ serial: "AD1A99325F7", reason: "x".repeat(1001) }, { reason: "errorMaxLength" }],
  ])("a stamp to void %j is refused beside the field: %j", (fields, errors) => {
    const parsed = parseStampVoid(form(fields))
    expect(parsed.ok ? null : parsed.errors).toEqual(errors)
  })

  it("a refused serial says what a serial looks like", () => {
    expect(messages(parseStampVoid(form({ serial: "12345", reason: "Tem in hỏng" })), "serial")).toEqual({
      vi: "Số sê-ri gồm 11 chữ và số in dưới mã QR, ví dụ AD1A-9932-5F7.",
      en: "A serial is the 11 letters and digits printed under the QR, e.g. AD1A-9932-5F7.",
    })
  })
})

describe("a hidden field that fails (a tampered or stale form)", () => {
  it.each([
    ["product edit, product_id=abc", () => parseProductEdit(form({ ...edit, product_id: "abc" }))],
    ["product edit, product_id empty", () => parseProductEdit(form({ ...edit, product_id: "" }))],
    ["product edit, a path as product_id", () => parseProductEdit(form({ ...edit, product_id: "../admin/users" }))],
    ["product edit, a pack id", () => parseProductEdit(form({ ...edit, pack_0_id: "variant_../../x" }))],
    ["photo reorder, image_id", () => parseProductPhoto(form({ product_id: PRODUCT, image_id: "../static/x.jpg" }))],
    ["photo removal, product_id", () => parseProductPhoto(form({ product_id: "abc", image_id: IMAGE }))],
    ["photo upload, product_id", () => parsePhotoUpload(form({ product_id: "abc" }))],
    ["stock, inventory_item_id", () => parseStockUpdate(form({ inventory_item_id: "abc", sales_point_id: SALES_POINT, stocked_quantity: "5" }))],
    ["stock, sales_point_id", () => parseStockUpdate(form({ inventory_item_id: STOCK_ITEM, sales_point_id: "", stocked_quantity: "5" }))],
    ["order line, line_id", () => parseLineStatus(form({ line_id: "abc", status: "prepared" }))],
    ["order line, status", () => parseLineStatus(form({ line_id: LINE, status: "canceled" }))],
  ])("%s: refuses the whole form with a message the member can read, nothing beside the hidden field", (_label, parse) => {
    const parsed = parse()
    expect(parsed.ok ? null : parsed.errors).toEqual({ form: "errorFormStale" })
  })

  it("asks, in the page's language, to reload the page", () => {
    expect(fieldMessage("vi", "errorFormStale")).toBe("Biểu mẫu không hợp lệ, hãy tải lại trang và thử lại.")
    expect(fieldMessage("en", "errorFormStale")).toBe("This form is no longer valid; reload the page and try again.")
  })

  it("keeps the visible fields' problems and what was typed beside the form-level one", () => {
    const parsed = parseProductEdit(form({ ...edit, product_id: "abc", title: "", pack_0_price: "-5" }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ form: "errorFormStale", title: "errorRequired", pack_0_price: "errorPriceRange" })
    expect(parsed.ok ? null : parsed.input["pack_0_price"]).toBe("-5")
  })
})

describe("log-in and invite forms", () => {
  it("never sends the password back into the page", () => {
    const parsed = parseInviteAcceptance(form({ token: "a".repeat(43), name: "Lê Thị Hoa", email: "hoa@", password: "ngan" }))
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors).toEqual({ email: "errorEmail", password: "errorPasswordShort" })
    expect(parsed.input).toEqual({ token: "a".repeat(43), name: "Lê Thị Hoa", email: "hoa@" })
  })

  it("refuses an invite link whose code is not the 43-character token", () => {
    const parsed = parseInviteAcceptance(form({ token: "abc", name: "Hoa", email: "hoa@ong-mat.vn", password: "mat-khau-dai" }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ token: "portalInviteBadLink" })
  })

  it.each([
    ["hoa@ong-mat.vn", "hoa@ong-mat.vn"],
    ["HOA@ONG-MAT.VN", "hoa@ong-mat.vn"],
    ["  Hoa@Ong-Mat.vn ", "hoa@ong-mat.vn"],
  ])("logs in and accepts an invite with %j as %j, whatever its letter case", (typed, sent) => {
    expect(parsePortalLogin(form({ email: typed, password: "x" }))).toMatchObject({ ok: true, value: { email: sent } })
    expect(parseInviteAcceptance(form({ token: "a".repeat(43), name: "Lê Thị Hoa", email: typed, password: "mat-khau-dai" }))).toMatchObject({ ok: true, value: { email: sent } })
  })

  it("names the length allowed for a name and a log-in password", () => {
    const invite = parseInviteAcceptance(form({ token: "a".repeat(43), name: "Lê ".repeat(41), email: "hoa@ong-mat.vn", password: "mat-khau-dai" }))
    expect(invite.ok ? null : [invite.errors, invite.errorValues]).toEqual([{ name: "errorMaxLength" }, { name: { max: 120, length: 122 } }])
    const login = parsePortalLogin(form({ email: "hoa@ong-mat.vn", password: "x".repeat(201) }))
    expect(login.ok ? null : [login.errors, login.errorValues]).toEqual([{ password: "errorMaxLength" }, { password: { max: 200, length: 201 } }])
  })

  it("a login needs an email and a password", () => {
    expect(parsePortalLogin(form({ email: "hoa@ong-mat.vn", password: "x" })).ok).toBe(true)
    const parsed = parsePortalLogin(form({ email: "", password: "" }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ email: "errorRequired", password: "errorRequired" })
  })
})

describe("the member's password form", () => {
  it("takes the current password and the new one typed twice, and never sends a password back into the page", () => {
    const change = { current_password: "mat-khau-cu", new_password: "mat-khau-moi-9", new_password_repeat: "mat-khau-moi-9" }
    expect(parsePasswordChange(form(change))).toEqual({ ok: true, value: change })
    const refused = parsePasswordChange(form({ current_password: "", new_password: "ngan", new_password_repeat: "khac" }))
    expect(refused.ok ? null : [refused.errors, refused.input]).toEqual([{ current_password: "errorRequired", new_password: "errorPasswordShort", new_password_repeat: "errorPasswordMismatch" }, {}])
    expect(messages(parsePasswordChange(form({ ...change, new_password: "mat-khau-cu", new_password_repeat: "mat-khau-cu" })), "new_password")).toEqual({
      vi: "Mật khẩu mới phải khác mật khẩu hiện tại.",
      en: "The new password must differ from the current one.",
    })
  })
})

describe("photo forms", () => {
  const upload = (photo: File | string | null) => {
    const data = form({ intent: "add-photo", product_id: PRODUCT })
    if (photo !== null) data.set("photo", photo)
    return data
  }

  it("takes one chosen photo of the member's product", () => {
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], "IMG_2041.jpg", { type: "image/jpeg" })
    const parsed = parsePhotoUpload(upload(photo))
    expect(parsed.ok && parsed.value.product_id).toBe(PRODUCT)
    expect(parsed.ok && parsed.value.photo.name).toBe("IMG_2041.jpg")
  })

  it.each([
    ["no file chosen", null, "errorRequired"],
    ["an empty file input", new File([], "", { type: "application/octet-stream" }), "errorRequired"],
    ["text instead of a file", "IMG_2041.jpg", "errorRequired"],
    ["an iPhone HEIC", new File([new Uint8Array(10)], "IMG_2041.HEIC", { type: "image/heic" }), "portalPhotoType"],
    ["a PDF", new File([new Uint8Array(10)], "a.pdf", { type: "application/pdf" }), "portalPhotoType"],
    ["a photo over 8 MB", new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], "big.jpg", { type: "image/jpeg" }), "portalPhotoTooLarge"],
  ])("refuses %s beside the field", (_label, photo, error) => {
    const parsed = parsePhotoUpload(upload(photo))
    expect(parsed.ok ? null : parsed.errors).toEqual({ photo: error })
  })

  it("checks the ids of a photo to reorder or remove", () => {
    expect(parseProductPhoto(form({ product_id: PRODUCT, image_id: "img_01JH0000000000000000000000" })).ok).toBe(true)
    expect(parseProductPhoto(form({ product_id: PRODUCT, image_id: "../static/x.jpg" })).ok).toBe(false)
  })
})

describe("producer contact form", () => {
  it("reads a phone typed the Vietnamese way as +84… and an email in lower case, as commerce stores it; an empty field clears it", () => {
    expect(parseProducerContact(form({ phone: "0903 111 222", email: "HTX@ConChim.vn" }))).toEqual({ ok: true, value: { phone: "+84903111222", email: "htx@conchim.vn" } })
    expect(parseProducerContact(form({ phone: "", email: "" }))).toEqual({ ok: true, value: { phone: null, email: null } })
  })

  it("refuses a number that is not Vietnamese and an email that is not one, keeping what was typed", () => {
    const parsed = parseProducerContact(form({ phone: "12345", email: "htx@" }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ phone: "errorPhone", email: "errorEmail" })
    expect(parsed.ok ? null : parsed.input).toEqual({ phone: "12345", email: "htx@" })
  })
})
