import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import { canonicalCode, checkCode, CODE_LENGTH, formatSerial, parseSigningKeys, randomSerial, signSerial, signSerialBytes, stampMac } from "./code"
import { parseDigitalLinkPath } from "./gs1"
import { stampQr, stampUrl } from "./stamp-url"

const keyring = parseSigningKeys("k2:current-secret-0123456789,k1:older-secret-0123456789")
const onlyOld = parseSigningKeys("k1:older-secret-0123456789")
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

describe("stamp codes", () => {
  it("round-trips a serial through a 20-character code", () => {
    for (let i = 0; i < 200; i++) {
      const serial = randomSerial()
      const code = signSerial(keyring, serial)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/)
      expect(checkCode(keyring, code)).toEqual({ valid: true, serial, keyId: "k2" })
    }
  })

  it("computes HMAC-SHA256 exactly, for short and for over-long secrets", () => {
    for (const secret of ["short-secret-0123456", "x".repeat(100)]) {
      const key = parseSigningKeys(`k:${secret}`).current
      const message = Buffer.from("ocop stamp 123")
      expect(stampMac(key, message).equals(createHmac("sha256", secret).update(message).digest())).toBe(true)
      expect(stampMac(key, message).equals(stampMac(key, message))).toBe(true)
    }
  })

  it("signs the same code from serial bytes as from the serial number", () => {
    for (let i = 0; i < 200; i++) {
      const serial = randomSerial()
      const bytes = Buffer.alloc(8)
      bytes.writeBigUInt64BE(serial)
      expect(signSerialBytes(keyring, bytes.subarray(1))).toEqual({ code: signSerial(keyring, serial), serial: formatSerial(serial) })
    }
  })

  it("still verifies codes signed by an older key after rotation, and not once that key is removed", () => {
    const code = signSerial(onlyOld, 12345n)
    expect(checkCode(keyring, code)).toEqual({ valid: true, serial: 12345n, keyId: "k1" })
    const newer = signSerial(keyring, 12345n)
    expect(newer).not.toBe(code)
    expect(checkCode(onlyOld, newer)).toEqual({ valid: false, reason: "unknown_key" })
  })

  it("refuses a code signed with another secret under the same key id", () => {
    const other = parseSigningKeys("k2:someone-elses-secret-0000")
    expect(checkCode(keyring, signSerial(other, 99n))).toEqual({ valid: false, reason: "bad_signature" })
  })

  it("refuses every single-character change of a valid code", () => {
    const code = signSerial(keyring, randomSerial())
    let accepted = 0
    for (let i = 0; i < CODE_LENGTH; i++) {
      for (const c of ALPHABET) {
        if (c === code[i]) continue
        const mutated = code.slice(0, i) + c + code.slice(i + 1)
        if (checkCode(keyring, mutated).valid) accepted++
      }
    }
    expect(accepted).toBe(0)
  })

  it.each([
    ["empty", ""],
    ["truncated", "0123456789ABCDEFGHJ"],
    ["too long", "0123456789ABCDEFGHJKM"],
    ["oversized", "A".repeat(10_000)],
    ["non-base32 characters", "0123456789ABCDEFGHJU"],
    ["non-ASCII", "0123456789ABCDEFGHJĐ"],
    ["URL syntax", "../../../etc/passwd!!"],
  ])("refuses a %s code", (_label, code) => {
    expect(checkCode(keyring, code).valid).toBe(false)
  })

  it("reads a code typed in lower case or with O/I/L for 0/1", () => {
    const code = signSerial(keyring, 7n)
    expect(checkCode(keyring, code.toLowerCase()).valid).toBe(true)
    expect(canonicalCode(code.toLowerCase())).toBe(code)
  })

  it("prints the serial as 11 base32 characters", () => {
    expect(formatSerial(0n)).toBe("00000000000")
    expect(formatSerial((1n << 55n) - 1n)).toHaveLength(11)
  })

  it.each([
    ["no keys", "", /at least one key/],
    ["a key without an id", ":abcdefghijklmnopq", /id:secret/],
    ["a short secret", "k1:short", /at least 16/],
  ])("refuses a keyring with %s", (_label, value, message) => {
    expect(() => parseSigningKeys(value)).toThrow(message)
  })
})

describe("stamp URLs", () => {
  const code = signSerial(keyring, randomSerial())

  it("fits QR version ≤ 5 at error correction M for /v/{code} on a long site address", () => {
    const url = stampUrl("https://cho-ocop.example-province.gov.vn/", { code })
    expect(url).toBe(`https://cho-ocop.example-province.gov.vn/v/${code}`)
    expect(stampQr(url).version).toBeLessThanOrEqual(4)
  })

  it("builds a GS1 Digital Link with a 20-character lot that still fits version 5", () => {
    const url = stampUrl("https://cho-ocop.vn", { code, gtin: "8935049500018", lot: "LO-2026-11-23-ABCDEF" })
    expect(url).toBe(`https://cho-ocop.vn/01/08935049500018/10/LO-2026-11-23-ABCDEF/21/${code}`)
    expect(stampQr(url).version).toBeLessThanOrEqual(5)
    const parsed = parseDigitalLinkPath(url)
    expect(parsed.ok && checkCode(keyring, parsed.link.serial).valid).toBe(true)
  })

  it("falls back to /v/{code} when the product's GTIN is not real", () => {
    expect(stampUrl("https://cho-ocop.vn", { code, gtin: "1234567890123" })).toBe(`https://cho-ocop.vn/v/${code}`)
  })

  it("refuses a URL that would need a QR larger than version 5", () => {
    expect(() => stampQr(`https://cho-ocop.vn/${"x".repeat(120)}`)).toThrow(/version/)
  })
})
