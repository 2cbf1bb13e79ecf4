import { randomBytes } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { signSerialBytes, type StampKeyring } from "../modules/stamp/code"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** The 10-character time part of a ULID (Medusa ids are prefix_ULID). */
function ulidTime(ms: number): string {
  let out = ""
  for (let i = 9; i >= 0; i--) out += CROCKFORD[Math.floor(ms / 32 ** i) % 32]
  return out
}

/** 10 random bytes as the 16-character random part of a ULID. */
function crockford(bytes: Buffer): string {
  let out = ""
  for (let i = 0; i < 16; i++) {
    const bit = i * 5
    const word = (bytes[bit >> 3]! << 8) | (bytes[(bit >> 3) + 1] ?? 0)
    out += CROCKFORD[(word >> (11 - (bit & 7))) & 31]
  }
  return out
}
/** A Postgres array literal of base32 values or ULID ids (no quoting needed), for `= ANY(?::text[])`. */
export const arrayLiteral = (values: (string | number)[]) => `{${values.join(",")}}`

/**
 * Writes `quantity` stamps for a batch with one INSERT … SELECT FROM unnest() per round: 100,000
 * rows in one statement, not 100,000 ORM creates. A serial that collides with an existing one
 * (55 random bits: rare, never impossible) is drawn again in the next round.
 */
export async function insertStamps(db: Knex, keyring: StampKeyring, batchId: string, quantity: number): Promise<number> {
  let missing = Array.from({ length: quantity }, (_, i) => i + 1)
  for (let round = 0; missing.length > 0; round++) {
    if (round === 5) throw new Error("Could not draw unique stamp serials")
    const random = randomBytes(17 * missing.length)
    const ids: string[] = []
    const serials: string[] = []
    const codes: string[] = []
    const time = ulidTime(Date.now())
    for (let i = 0; i < missing.length; i++) {
      const serial = random.subarray(i * 17, i * 17 + 7)
      serial[0]! &= 0x7f
      const signed = signSerialBytes(keyring, serial)
      ids.push(`stmp_${time}${crockford(random.subarray(i * 17 + 7, i * 17 + 17))}`)
      serials.push(signed.serial)
      codes.push(signed.code)
    }
    const { rows } = (await db.raw(
      `INSERT INTO stamp (id, serial, code, position, batch_id)
       SELECT id, serial, code, position, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::int[]) AS t(id, serial, code, position)
       ON CONFLICT (serial) WHERE deleted_at IS NULL DO NOTHING
       RETURNING position`,
      [batchId, arrayLiteral(ids), arrayLiteral(serials), arrayLiteral(codes), arrayLiteral(missing)]
    )) as { rows: { position: number }[] }
    const written = new Set(rows.map((row) => row.position))
    missing = missing.filter((position) => !written.has(position))
  }
  return quantity
}

/** Stamps of a batch in print order, for PDF sheets. */
export async function batchCodes(db: Knex, batchId: string, range?: { offset: number; limit: number }): Promise<{ position: number; serial: string; code: string }[]> {
  const query = db.from("stamp").select("position", "serial", "code").where({ batch_id: batchId }).whereNull("deleted_at").orderBy("position", "asc")
  if (range) query.offset(range.offset).limit(range.limit)
  return (await query) as { position: number; serial: string; code: string }[]
}

/** What a stamp sheet prints about its batch: product title, stars of the certificate it was issued under, lot and GTIN. */
export async function sheetBatch(db: Knex, batchId: string): Promise<{ id: string; productTitle: string; stars: number; lot: string | null; gtin: string | null; quantity: number } | null> {
  const { rows } = (await db.raw(
    `SELECT b.id, b.lot, b.gtin, b.quantity, p.title, c.stars
     FROM stamp_batch b JOIN product p ON p.id = b.product_id LEFT JOIN certificate c ON c.id = b.certificate_id
     WHERE b.id = ? AND b.deleted_at IS NULL`,
    [batchId]
  )) as { rows: { id: string; lot: string | null; gtin: string | null; quantity: number; title: string; stars: number | null }[] }
  const row = rows[0]
  return row ? { id: row.id, productTitle: row.title, stars: row.stars ?? 0, lot: row.lot, gtin: row.gtin, quantity: row.quantity } : null
}
