import { describe, expect, it } from "vitest"
import { QRPay } from "vietnam-qr-pay"
import { newTransferReference, transferInstructions } from "./transfer"

const account = { bankBin: "970436", bankName: "Vietcombank", accountNumber: "1012345678", accountName: "CHO OCOP" }

describe("VietQR transfer instructions", () => {
  it("encodes the bank, account, exact VND amount and reference, with a valid CRC", () => {
    const instructions = transferInstructions(account, 415_000, "OCOP7KQ2M9XA")
    const decoded = new QRPay(instructions.qr_payload)
    expect(decoded.isValid).toBe(true)
    expect(decoded.provider.guid).toBe("A000000727")
    expect(decoded.consumer.bankBin).toBe("970436")
    expect(decoded.consumer.bankNumber).toBe("1012345678")
    expect(decoded.amount).toBe("415000")
    expect(decoded.currency).toBe("704")
    expect(decoded.nation).toBe("VN")
    expect(decoded.additionalData.purpose).toBe("OCOP7KQ2M9XA")
  })

  it("refuses amounts that are not whole positive VND", () => {
    expect(() => transferInstructions(account, 0, "OCOPX")).toThrow()
    expect(() => transferInstructions(account, 1.5, "OCOPX")).toThrow()
  })

  it("makes distinct, unambiguous references", () => {
    const references = new Set(Array.from({ length: 1000 }, newTransferReference))
    expect(references.size).toBe(1000)
    for (const reference of references) expect(reference).toMatch(/^OCOP[A-HJ-NP-Z2-9]{8}$/)
  })
})
