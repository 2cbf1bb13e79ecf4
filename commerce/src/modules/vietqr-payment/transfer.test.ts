import { describe, expect, it } from "vitest"
import { QRPay } from "vietnam-qr-pay"
import { findTransferReference, newTransferReference, transferInstructions } from "./transfer"

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

describe("findTransferReference", () => {
  it.each([
    ["OCOP7KQ2M9XA", "OCOP7KQ2M9XA"],
    ["MBVCB.1234567.OCOP7KQ2M9XA.CT tu 0011002233 NGUYEN VAN A", "OCOP7KQ2M9XA"],
    ["ocop7kq2m9xa chuyen tien mua hang", "OCOP7KQ2M9XA"],
    ["IBFT OCOP 7KQ2 M9XA", "OCOP7KQ2M9XA"],
    ["chuyen tien don hang 15", null],
    ["OCOP7KQ2", null],
  ])("%s → %s", (statement, reference) => {
    expect(findTransferReference(statement)).toBe(reference)
  })

  it("finds every reference it makes", () => {
    for (let i = 0; i < 50; i++) {
      const reference = newTransferReference()
      expect(findTransferReference(`NHAN TU 970436 ${reference.toLowerCase()} GD 123`)).toBe(reference)
    }
  })
})
