import { describe, expect, it } from "vitest"
import { parseSigningKeys, randomSerial, signSerial, formatSerial } from "../modules/stamp/code"
import { groupCode, renderStampSheets, type SheetStamp } from "./sheet"

const keyring = parseSigningKeys("k1:unit-test-secret-0123456789")
const stamps = (n: number): SheetStamp[] =>
  Array.from({ length: n }, (_, i) => {
    const serial = randomSerial()
    return { position: i + 1, serial: formatSerial(serial), code: signSerial(keyring, serial) }
  })

function render(quantity: number, layout = { columns: 5, rows: 7 }, gtin: string | null = null): Promise<Buffer> {
  const doc = renderStampSheets({ id: "stbt_X", productTitle: "Chè Shan tuyết cổ thụ Suối Giàng — đặc sản Yên Bái", stars: 4, lot: "L-2026", gtin, quantity }, stamps(quantity), {
    storefrontUrl: "https://cho-ocop.vn",
    layout,
  })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))))
}

describe("stamp sheets", () => {
  it("lays 1,000 stamps out on A4 pages of 35 with the Vietnamese font embedded", async () => {
    const pdf = await render(1000)
    const text = pdf.toString("latin1")
    expect(text.startsWith("%PDF-")).toBe(true)
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(29)
    expect(text).toMatch(/BeVietnamPro/)
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/)
  }, 60_000)

  it("draws GS1 Digital Link QR codes when the batch has a GTIN", async () => {
    await expect(render(3, { columns: 5, rows: 7 }, "08935049500018")).resolves.toBeInstanceOf(Buffer)
  })

  it("refuses a grid that would print QR codes smaller than 15 mm", () => {
    expect(() => renderStampSheets({ id: "x", productTitle: "x", stars: 3, lot: null, gtin: null, quantity: 1 }, stamps(1), { storefrontUrl: "https://x.vn", layout: { columns: 10, rows: 14 } })).toThrow(/at least 15 mm/)
  })
})

describe("the code printed under each QR", () => {
  it("is grouped in fours so a shopper can read and type it", () => {
    expect(groupCode("5AD1A99325F714HJQDTQ")).toBe("5AD1-A993-25F7-14HJ-QDTQ")
  })
})
