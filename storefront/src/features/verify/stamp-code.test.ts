import { describe, expect, it } from "vitest"
import { charactersNoCodeHas, digitalLinkPath, groupStampCode, readStampCode, readStampSerial, routeDigitalLink, routeStampCode, routeStampEntry, wasTyped } from "./stamp-code"

// A code as commerce prints it, and the serial shown beside it (characters 2–12 of the code).
const CODE = "5AD1A99325F714HJQDTQ"
const SERIAL = "AD1A99325F7"

describe("reading a typed stamp code", () => {
  it.each([
    ["the code as printed", CODE],
    ["grouped with dashes, as printed under the QR", "5AD1-A993-25F7-14HJ-QDTQ"],
    ["with a trailing space", `${CODE} `],
    ["in lower case with spaces", "5ad1 a993 25f7 14hj qdtq"],
    ["with a phone's en dashes", "5AD1–A993–25F7–14HJ–QDTQ"],
    ["in full-width characters", "５ＡＤ１Ａ９９３２５Ｆ７１４ＨＪＱＤＴＱ"],
    ["with O, I and L misread for 0 and 1", "5ADIA99325F7l4HJQDTQ"],
    ["as a pasted verify URL", `https://cho-ocop.vn/v/${CODE}`],
    ["as a pasted GS1 Digital Link", `https://cho-ocop.vn/01/08935049500018/10/L1/21/${CODE}`],
  ])("accepts %s", (_case, typed) => {
    expect(readStampCode(typed)).toEqual({ kind: "code", code: CODE })
  })

  it.each([
    ["the serial shown on the verify page", SERIAL],
    ["the serial with its label's spacing", " ad1a 9932 5f7 "],
  ])("tells %s apart from a code", (_case, typed) => {
    expect(readStampCode(typed)).toEqual({ kind: "serial" })
  })

  it.each([
    ["nothing", ""],
    ["a code one character short", CODE.slice(1)],
    ["a code one character long", `${CODE}7`],
    ["a letter outside the alphabet (U)", `${CODE.slice(0, 19)}U`],
    ["Vietnamese words", "tem giả mạo"],
    ["a phone number", "0912 345 678"],
  ])("refuses %s as not a code", (_case, typed) => {
    expect(readStampCode(typed)).toEqual({ kind: "not_a_code" })
  })

  it("knows the product page's sample stamp, however it is typed", () => {
    expect(readStampCode("MAUTEMOCOP0000000000")).toEqual({ kind: "sample" })
    expect(readStampCode("mautemocop-0000000000")).toEqual({ kind: "sample" })
  })

  it("groups a code in fours for reading", () => {
    expect(groupStampCode(CODE)).toBe("5AD1-A993-25F7-14HJ-QDTQ")
  })
})

describe("reading a serial typed off a package", () => {
  it.each([
    ["as printed", SERIAL],
    ["in lower case, in groups", "ad1a-9932 5f7"],
    ["with I and O misread for 1 and 0", "ADIA99325F7"],
    ["in full-width characters", "ＡＤ１Ａ９９３２５Ｆ７"],
  ])("reads it %s", (_case, typed) => {
    expect(readStampSerial(typed)).toBe(SERIAL)
  })

  it.each([
    ["nothing", ""],
    ["a whole code", CODE],
    ["one character short", SERIAL.slice(1)],
    ["a letter outside the alphabet (U)", `${SERIAL.slice(0, 10)}U`],
  ])("refuses %s", (_case, typed) => {
    expect(readStampSerial(typed)).toBeNull()
  })
})

describe("the verify page for a typed code", () => {
  it("verifies a code typed as printed", () => {
    expect(routeStampCode("vi", CODE)).toEqual({ kind: "verify", code: CODE })
  })

  it.each([
    ["vi", `${CODE} `, `/v/${CODE}`],
    ["en", "5ad1-a993-25f7-14hj-qdtq", `/en/v/${CODE}`],
    ["vi", "mautemocop0000000000", "/v/MAUTEMOCOP0000000000"],
  ] as const)("moves %s %j to its canonical address %s", (lang, typed, location) => {
    expect(routeStampCode(lang, typed)).toEqual({ kind: "redirect", location })
  })

  it("verifies a loosely typed code in place when the report form is posted", () => {
    expect(routeStampCode("vi", `${CODE} `, "POST")).toEqual({ kind: "verify", code: CODE })
  })

  it("shows the sample stamp's own page", () => {
    expect(routeStampCode("vi", "MAUTEMOCOP0000000000")).toEqual({ kind: "sample" })
  })

  it("explains a serial or a string that is not a code instead of calling it counterfeit", () => {
    expect(routeStampCode("vi", SERIAL)).toEqual({ kind: "not_a_code", typed: SERIAL, serial: true })
    expect(routeStampCode("en", "12345")).toEqual({ kind: "not_a_code", typed: "12345", serial: false })
  })
})

describe("the code entry form", () => {
  it.each([null, "", "   "])("shows the empty form for %j", (typed) => {
    expect(routeStampEntry("vi", typed)).toEqual({ kind: "form" })
  })

  it("leads a typed code on to its verify page, marked as typed so a slip is not called counterfeit", () => {
    expect(routeStampEntry("vi", "5ad1 a993 25f7 14hj qdtq")).toEqual({ kind: "redirect", location: `/v/${CODE}?typed=1` })
    expect(routeStampEntry("en", CODE)).toEqual({ kind: "redirect", location: `/en/v/${CODE}?typed=1` })
    expect(wasTyped(new URL(`https://cho-ocop.vn/v/${CODE}?typed=1`))).toBe(true)
  })

  it("treats a verify address without the mark, as a QR carries it, as scanned", () => {
    expect(wasTyped(new URL(`https://cho-ocop.vn/v/${CODE}`))).toBe(false)
    expect(routeStampCode("vi", CODE.toLowerCase())).toEqual({ kind: "redirect", location: `/v/${CODE}` })
  })

  it("keeps the mark when a typed code moves to its canonical address", () => {
    expect(routeStampCode("vi", `${CODE} `, "GET", true)).toEqual({ kind: "redirect", location: `/v/${CODE}?typed=1` })
  })

  it("keeps the shopper on the form with what they typed when it is not a code", () => {
    expect(routeStampEntry("vi", SERIAL)).toEqual({ kind: "not_a_code", typed: SERIAL, serial: true })
  })
})

describe("a scanned GS1 Digital Link", () => {
  it.each([
    ["with GTIN-14, lot and code", `/01/08935049500018/10/L2026-01/21/${CODE}`],
    ["with GTIN-13 and no lot", `/01/8935049500018/21/${CODE}`],
    ["with GTIN-8", `/01/96385074/21/${CODE}`],
    ["with a trailing slash", `/01/08935049500018/21/${CODE}/`],
  ])("asks commerce about a link %s", (_case, link) => {
    expect(routeDigitalLink(link)).toEqual({ kind: "verify", link: link.replace(/\/$/, "") })
  })

  it.each([
    ["vi", `/01/08931234567897/10/L%2F26-01/21/${CODE}`],
    ["en", `/en/01/08931234567897/10/L%2F26-01/21/${CODE}`],
  ])("keeps a lot's encoded slash inside the lot on the %s page", (_lang, pathname) => {
    expect(routeDigitalLink(digitalLinkPath(pathname))).toEqual({ kind: "verify", link: `/01/08931234567897/10/L%2F26-01/21/${CODE}` })
  })

  it("sends every value percent-encoded the one way, whatever escapes the scanner kept", () => {
    expect(routeDigitalLink(`/01/08931234567897/10/L%2f26%2D01/21/${CODE}`)).toEqual({ kind: "verify", link: `/01/08931234567897/10/L%2F26-01/21/${CODE}` })
  })

  it.each([
    ["nothing after /01/", "/01/"],
    ["a GTIN and no code", "/01/08935049500018"],
    ["a GTIN of the wrong length", `/01/123/21/${CODE}`],
    ["letters for a GTIN", `/01/abc/21/${CODE}`],
    ["a code cut short", "/01/08935049500018/21/5AD1A993"],
    ["the serial instead of the code", `/01/08935049500018/21/${SERIAL}`],
    ["the AIs out of order", `/01/08935049500018/21/${CODE}/10/L1`],
    ["an AI stamps do not use", `/01/08935049500018/17/261231/21/${CODE}`],
    ["a broken percent escape", "/01/08935049500018/21/%E0%A4%A"],
  ])("explains %s instead of calling it counterfeit", (_case, link) => {
    expect(routeDigitalLink(link)).toEqual({ kind: "not_a_code", typed: link.replace(/\/$/, ""), serial: false })
  })
})

describe("charactersNoCodeHas", () => {
  it("names each character no stamp code has, once, in the order typed", () => {
    expect(charactersNoCodeHas("ABCDEFGHJKLMNPQRSTUV")).toEqual(["U"])
    expect(charactersNoCodeHas("5ad1 a993 25f7 14hj qđtq#u")).toEqual(["Đ", "#", "U"])
    expect(charactersNoCodeHas("https://cho-ocop.vn/v/5AD1-A993-25U7-14HJ-QDUQ")).toEqual(["U"])
  })

  it("forgives what reading a code forgives: case, separators and the letters read as digits", () => {
    expect(charactersNoCodeHas("5ad1-a993 25f7–14hj_qdtq")).toEqual([])
    expect(charactersNoCodeHas("OIL")).toEqual([])
    expect(charactersNoCodeHas("ABC")).toEqual([])
  })
})
