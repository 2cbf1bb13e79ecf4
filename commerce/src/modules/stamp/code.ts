import { createHash, randomBytes, timingSafeEqual, type Hash } from "node:crypto"

/**
 * Stamp codes: 20 characters of Crockford base32 (100 bits) that carry a key slot, a random serial
 * and a truncated HMAC-SHA256 of both:
 *
 *   [ key slot : 5 bits ][ serial : 55 bits ][ MAC : 40 bits ]
 *
 * 20 characters is the longest serial a GS1 Digital Link allows (AI 21), so the same code is the
 * path of `/v/{code}` and the serial of `/01/{gtin}/10/{lot}/21/{code}`, and either URL fits a QR
 * of version ≤ 5 at error correction M. A forger must guess 40 MAC bits for a serial that also has
 * to exist; at the verify route's rate limit that is thousands of years per client. The MAC is
 * checked before any database lookup, in constant time.
 */

export const CODE_LENGTH = 20
const SERIAL_BITS = 55n
const MAC_BITS = 40n
const MAC_BYTES = 5
const SERIAL_MASK = (1n << SERIAL_BITS) - 1n
const MAC_MASK = (1n << MAC_BITS) - 1n
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const DECODE = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) {
  DECODE[ALPHABET.charCodeAt(i)] = i
  DECODE[ALPHABET.toLowerCase().charCodeAt(i)] = i
}
// Crockford's reading aids: letters easily mistaken for digits decode as those digits.
for (const [letter, digit] of [["O", 0], ["o", 0], ["I", 1], ["i", 1], ["L", 1], ["l", 1]] as const) DECODE[letter.charCodeAt(0)] = digit

export interface SigningKey {
  id: string
  /** 0–31, derived from the id; the code carries it so the right key is found without trying all. */
  slot: number
  secret: Buffer
  /** SHA-256 states after the HMAC inner and outer pads: each MAC then costs two hash copies, not a key setup. */
  inner: Hash
  outer: Hash
}

function hmacStates(secret: Buffer): { inner: Hash; outer: Hash } {
  const key = Buffer.alloc(64)
  ;(secret.length > 64 ? createHash("sha256").update(secret).digest() : secret).copy(key)
  const pad = (byte: number) => Buffer.from(key.map((b) => b ^ byte))
  return { inner: createHash("sha256").update(pad(0x36)), outer: createHash("sha256").update(pad(0x5c)) }
}

/** HMAC-SHA256 (RFC 2104) from the precomputed pad states. */
export function stampMac(key: SigningKey, message: Buffer): Buffer {
  return key.outer.copy().update(key.inner.copy().update(message).digest()).digest()
}

export interface StampKeyring {
  /** Signs new codes. */
  current: SigningKey
  bySlot: Map<number, SigningKey>
}

function slotOf(id: string): number {
  return createHash("sha256").update(id).digest()[0]! & 31
}

/**
 * Parses `STAMP_SIGNING_KEYS` ("k2:secret,k1:older secret"): the first key signs, every listed key
 * verifies, so a rotation keeps older stamps valid until their key is removed.
 */
export function parseSigningKeys(value: string): StampKeyring {
  const keys: SigningKey[] = []
  for (const entry of value.split(",").map((part) => part.trim()).filter(Boolean)) {
    const colon = entry.indexOf(":")
    const id = colon > 0 ? entry.slice(0, colon).trim() : ""
    const secret = colon > 0 ? entry.slice(colon + 1).trim() : ""
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error(`STAMP_SIGNING_KEYS: "${entry.slice(0, 40)}" must be written id:secret, with an id of letters and digits`)
    if (secret.length < 16) throw new Error(`STAMP_SIGNING_KEYS: the secret of key "${id}" must be at least 16 characters`)
    keys.push({ id, slot: slotOf(id), secret: Buffer.from(secret, "utf8"), ...hmacStates(Buffer.from(secret, "utf8")) })
  }
  if (keys.length === 0) throw new Error("STAMP_SIGNING_KEYS must list at least one key (id:secret)")
  const bySlot = new Map<number, SigningKey>()
  for (const key of keys) {
    const clash = bySlot.get(key.slot)
    if (clash) throw new Error(`STAMP_SIGNING_KEYS: keys "${clash.id}" and "${key.id}" share a code slot; rename one of them`)
    bySlot.set(key.slot, key)
  }
  return { current: keys[0]!, bySlot }
}

function mac(key: SigningKey, serial: bigint): Buffer {
  const message = Buffer.alloc(9)
  message.writeUInt8(key.slot, 0)
  message.writeBigUInt64BE(serial, 1)
  return stampMac(key, message).subarray(0, MAC_BYTES)
}

function macValue(bytes: Buffer): bigint {
  let value = 0n
  for (const byte of bytes) value = (value << 8n) | BigInt(byte)
  return value
}

function encode(value: bigint): string {
  let out = ""
  for (let i = CODE_LENGTH - 1; i >= 0; i--) out += ALPHABET[Number((value >> BigInt(i * 5)) & 31n)]
  return out
}

/** Reads `chars` base32 characters from `bytes`, starting `skip` bits in. */
function base32(bytes: Buffer, skip: number, chars: number): string {
  let out = ""
  for (let i = 0; i < chars; i++) {
    const bit = skip + i * 5
    const byte = bit >> 3
    const word = (bytes[byte]! << 8) | (bytes[byte + 1] ?? 0)
    out += ALPHABET[(word >> (11 - (bit & 7))) & 31]
  }
  return out
}

/**
 * Signs a 55-bit serial given as 7 big-endian bytes (top bit clear): the code and the printed
 * serial, without BigInt arithmetic, for issuing 100,000 stamps at a time.
 */
export function signSerialBytes(keyring: StampKeyring, serial: Buffer): { code: string; serial: string } {
  const key = keyring.current
  const message = Buffer.alloc(9)
  message.writeUInt8(key.slot, 0)
  serial.copy(message, 2, 0, 7)
  const tag = stampMac(key, message)
  // 104 bits: 4 zero bits, slot (5), serial (55), MAC (40).
  const packed = Buffer.alloc(13)
  packed[0] = key.slot >> 1
  packed[1] = ((key.slot & 1) << 7) | (serial[0]! & 0x7f)
  serial.copy(packed, 2, 1, 7)
  tag.copy(packed, 8, 0, MAC_BYTES)
  return { code: base32(packed, 4, CODE_LENGTH), serial: base32(serial, 1, 11) }
}

/** A new random serial (55 bits). */
export function randomSerial(): bigint {
  return randomBytes(8).readBigUInt64BE() & SERIAL_MASK
}

/** The printed code for a serial, signed with the keyring's current key. */
export function signSerial(keyring: StampKeyring, serial: bigint): string {
  if (serial < 0n || serial > SERIAL_MASK) throw new RangeError("serial out of range")
  const key = keyring.current
  return encode((BigInt(key.slot) << (SERIAL_BITS + MAC_BITS)) | (serial << MAC_BITS) | macValue(mac(key, serial)))
}

export type CodeCheck = { valid: true; serial: bigint; keyId: string } | { valid: false; reason: "malformed" | "unknown_key" | "bad_signature" }

/**
 * Checks a code's form and signature without touching the database. Anything that is not exactly
 * 20 base32 characters, names a key no longer configured, or carries a wrong MAC is refused.
 */
export function checkCode(keyring: StampKeyring, code: string): CodeCheck {
  if (typeof code !== "string" || code.length !== CODE_LENGTH) return { valid: false, reason: "malformed" }
  let value = 0n
  for (let i = 0; i < CODE_LENGTH; i++) {
    const c = code.charCodeAt(i)
    const digit = c < 128 ? DECODE[c]! : -1
    if (digit < 0) return { valid: false, reason: "malformed" }
    value = (value << 5n) | BigInt(digit)
  }
  const slot = Number(value >> (SERIAL_BITS + MAC_BITS))
  const key = keyring.bySlot.get(slot)
  if (!key) return { valid: false, reason: "unknown_key" }
  const serial = (value >> MAC_BITS) & SERIAL_MASK
  const given = Buffer.alloc(MAC_BYTES)
  let rest = value & MAC_MASK
  for (let i = MAC_BYTES - 1; i >= 0; i--) {
    given[i] = Number(rest & 0xffn)
    rest >>= 8n
  }
  if (!timingSafeEqual(given, mac(key, serial))) return { valid: false, reason: "bad_signature" }
  return { valid: true, serial, keyId: key.id }
}

/** The canonical spelling of a valid code (upper case, reading aids resolved), e.g. for URLs. */
export function canonicalCode(code: string): string {
  let out = ""
  for (let i = 0; i < code.length; i++) out += ALPHABET[DECODE[code.charCodeAt(i)]!]
  return out
}

/** Serial as printed under the QR (11 base32 characters), for people reading it over the phone. */
export function formatSerial(serial: bigint): string {
  return encode(serial).slice(CODE_LENGTH - 11)
}
