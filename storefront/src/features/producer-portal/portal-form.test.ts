import { describe, expect, it } from "vitest"
import { MAX_PHOTO_BYTES } from "./photo-limits"
import {
  parseInviteAcceptance,
  parseLineStatus,
  parsePhotoUpload,
  parsePortalLogin,
  parseProductDraft,
  parseProducerContact,
  parseProductEdit,
  parseProductPhoto,
  parseStampBatch,
  parseStockUpdate,
} from "./portal-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const PRODUCT = "prod_01JH0000000000000000000000"
const VARIANT = "variant_01JH0000000000000000000000"
const edit = { product_id: PRODUCT, title: "Lạc sen Diễn Châu", description: "", story_vi: "", story_en: "", pack_0_id: VARIANT, pack_0_title: "Hộp 500 g", pack_0_price: "55000" }

describe("product edit form", () => {
  it.each([
    ["55000", 55_000],
    ["55.000", 55_000],
    ["55 000", 55_000],
    ["1.000.000.000", 1_000_000_000],
  ])("reads the price %s as %i đồng", (price, amount) => {
    const parsed = parseProductEdit(form({ ...edit, pack_0_price: price }))
    expect(parsed.ok && parsed.value.packs).toEqual([{ id: VARIANT, title: "Hộp 500 g", price: amount }])
  })

  it.each([
    ["", "errorRequired"],
    ["55,5k", "errorWholeNumber"],
    ["-1", "errorWholeNumber"],
    ["55.00", "errorWholeNumber"],
    ["0", "errorOutOfRange"],
    ["1000000001", "errorOutOfRange"],
  ])("refuses the price %j with %s and keeps the rest as typed", (price, error) => {
    const parsed = parseProductEdit(form({ ...edit, pack_0_price: price, story_vi: "Hạt lạc\n\ntrồng trên đất cát" }))
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors["pack_0_price"]).toBe(error)
    expect(parsed.input["story_vi"]).toBe("Hạt lạc\n\ntrồng trên đất cát")
    expect(parsed.input["pack_0_price"]).toBe(price)
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
    expect(tampered.ok ? null : tampered.errors).toEqual({ pack_0_id: "errorInvalid" })
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
    expect(parsed.ok ? null : parsed.errors).toEqual({ title: "errorRequired", story_en: "errorTooLong" })
  })

  it("refuses ids that are not commerce ids (a tampered hidden field)", () => {
    const parsed = parseProductEdit(form({ ...edit, product_id: "../admin/users" }))
    expect(parsed.ok ? null : parsed.errors["product_id"]).toBe("errorInvalid")
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
    ["1000001", false],
    ["2.5", false],
  ])("stock quantity %s accepted: %s", (quantity, ok) => {
    const parsed = parseStockUpdate(form({ inventory_item_id: "iitem_01JH0000000000000000000000", sales_point_id: "spt_01JH0000000000000000000000", stocked_quantity: quantity }))
    expect(parsed.ok).toBe(ok)
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
    expect(parseStampBatch(form({ product_id: PRODUCT, quantity: "100001", lot: "" })).ok).toBe(false)
    expect(parseStampBatch(form({ product_id: PRODUCT, quantity: "100.000", lot: "" })).ok).toBe(true)
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

  it("a login needs an email and a password", () => {
    expect(parsePortalLogin(form({ email: "hoa@ong-mat.vn", password: "x" })).ok).toBe(true)
    const parsed = parsePortalLogin(form({ email: "", password: "" }))
    expect(parsed.ok ? null : parsed.errors).toEqual({ email: "errorRequired", password: "errorRequired" })
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
