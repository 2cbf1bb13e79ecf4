import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { runPrepared } from "../database/prepared-statement"
import { presentCertificate, type PublicCertificate } from "../listing/catalogue"
import { canonicalCode, checkCode, formatSerial } from "../modules/stamp/code"
import { normaliseGtin, parseDigitalLinkPath } from "../modules/stamp/gs1"
import type { StampSettings } from "../modules/stamp/settings"
import { stampVerdict, type StampState } from "./verdict"

/**
 * The verify hot path: signature check in memory (forged codes stop here), then one indexed read
 * of the stamp with its batch, product, producer and the product's certificate in force, then one
 * write that counts the scan and records it. No query.graph, no ORM.
 */

export interface StampVerification {
  state: StampState
  code: string | null
  serial: string | null
  /** Verifications so far, this one included. */
  verifications: { count: number; firstAt: string; first: boolean } | null
  product: { id: string; handle: string; title: { vi: string; en: string }; thumbnail: string | null; stars: number | null } | null
  producer: { handle: string; name: string; province: string; commune: string } | null
  certificate: (PublicCertificate & { statusChangedAt: string | null }) | null
  batch: { id: string; lot: string | null; productionDate: string | null; expiryDate: string | null; revokedAt: string | null; revokedReason: string | null } | null
}

export interface VerifyClient {
  deviceHash: string
  uaFamily: string
}

export type VerifyInput = { code: string } | { link: string }

const NOT_GENUINE: StampVerification = { state: "not_genuine", code: null, serial: null, verifications: null, product: null, producer: null, certificate: null, batch: null }

const LOOKUP = `
SELECT s.id, s.batch_id, s.scan_count, s.first_verified_at,
  b.status AS batch_status, b.revoked_at, b.revoked_reason, b.lot, b.gtin, b.production_date, b.expiry_date, b.product_id,
  p.handle AS product_handle, p.title AS product_title, p.thumbnail, p.metadata->>'title_en' AS title_en,
  pr.handle AS producer_handle, pr.name AS producer_name, pr.province, pr.commune,
  c.decision_number, c.decision_date, c.issuing_authority_name, c.issuing_authority_level, c.regime, c.stars, c.score,
  c.status AS certificate_status, c.status_reason, c.valid_from, c.valid_until,
  (SELECT max(e.created_at) FROM certificate_event e WHERE e.certificate_id = c.id AND e.to_status = c.status AND e.deleted_at IS NULL) AS status_changed_at,
  (SELECT count(DISTINCT x.device_hash) FROM stamp_scan x
     WHERE x.stamp_id = s.id AND x.scanned_at > ? AND x.device_hash <> ? AND x.deleted_at IS NULL) AS other_devices
FROM stamp s
JOIN stamp_batch b ON b.id = s.batch_id AND b.deleted_at IS NULL
JOIN product p ON p.id = b.product_id
LEFT JOIN product_listing pl ON pl.product_id = b.product_id AND pl.deleted_at IS NULL
LEFT JOIN certificate c ON c.id = COALESCE(pl.certificate_id, b.certificate_id) AND c.deleted_at IS NULL
LEFT JOIN producer pr ON pr.handle = COALESCE(pl.producer_handle, b.producer_handle) AND pr.deleted_at IS NULL
WHERE s.serial = ? AND s.deleted_at IS NULL`

const RECORD = `
WITH counted AS (
  UPDATE stamp SET scan_count = scan_count + 1, first_verified_at = COALESCE(first_verified_at, ?), last_verified_at = ?
  WHERE id = ? RETURNING scan_count, first_verified_at
), recorded AS (
  INSERT INTO stamp_scan (id, stamp_id, batch_id, scanned_at, device_hash, ua_family, verdict) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
)
SELECT counted.scan_count, counted.first_verified_at FROM counted, recorded`

interface LookupRow {
  id: string
  batch_id: string
  scan_count: number
  batch_status: string
  revoked_at: Date | null
  revoked_reason: string | null
  lot: string | null
  gtin: string | null
  production_date: Date | null
  expiry_date: Date | null
  product_id: string
  product_handle: string
  product_title: string
  thumbnail: string | null
  title_en: string | null
  producer_handle: string | null
  producer_name: string | null
  province: string | null
  commune: string | null
  decision_number: string | null
  decision_date: Date
  issuing_authority_name: string
  issuing_authority_level: string
  regime: string
  stars: number | null
  score: number | null
  certificate_status: string | null
  status_reason: string | null
  valid_from: Date
  valid_until: Date
  status_changed_at: Date | null
  other_devices: string | number
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** knex's `?` placeholders as PostgreSQL's `$n` (the queries above hold no other question mark). */
const numbered = (sql: string) => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}
const LOOKUP_SQL = numbered(LOOKUP)
const RECORD_SQL = numbered(RECORD)

/** The code carried by a request: `/v/{code}` directly, or the AI 21 serial of a Digital Link (with the GTIN it claims). */
function codeOf(input: VerifyInput): { code: string; gtin: string | null; lot: string | null } | null {
  if ("code" in input) return { code: input.code, gtin: null, lot: null }
  const parsed = parseDigitalLinkPath(input.link)
  return parsed.ok ? { code: parsed.link.serial, gtin: parsed.link.gtin, lot: parsed.link.lot } : null
}

export async function verifyStamp(db: Knex, settings: StampSettings, input: VerifyInput, client: VerifyClient, now = new Date()): Promise<StampVerification> {
  const claimed = codeOf(input)
  if (!claimed) return NOT_GENUINE
  const check = checkCode(settings.keyring, claimed.code)
  if (!check.valid) return NOT_GENUINE
  const serial = formatSerial(check.serial)
  const since = new Date(now.getTime() - settings.suspiciousWindowMs)
  const [row] = await runPrepared<LookupRow>(db, "ocop-stamp-lookup", LOOKUP_SQL, [since, client.deviceHash, serial])
  if (!row) return NOT_GENUINE
  // A Digital Link must name the product and lot the stamp was printed for: a genuine serial pasted
  // under another GTIN is a copy.
  if (claimed.gtin !== null && (claimed.gtin !== (row.gtin ? normaliseGtin(row.gtin) : null) || (claimed.lot ?? null) !== (row.lot ?? null))) return NOT_GENUINE

  const certificate = row.certificate_status ? { status: row.certificate_status, valid_until: row.valid_until } : null
  const state = stampVerdict({ batchStatus: row.batch_status, certificate, devicesInWindow: Number(row.other_devices) + 1 }, settings, now)
  const counted = await runPrepared<{ scan_count: number; first_verified_at: Date }>(db, "ocop-stamp-record", RECORD_SQL, [
    now,
    now,
    row.id,
    generateEntityId(undefined, "scan"),
    row.id,
    row.batch_id,
    now,
    client.deviceHash,
    client.uaFamily,
    state,
  ])
  const count = counted[0]?.scan_count ?? row.scan_count + 1
  const firstAt = counted[0]?.first_verified_at ?? now

  return {
    state,
    code: canonicalCode(claimed.code),
    serial,
    verifications: { count, firstAt: new Date(firstAt).toISOString(), first: count === 1 },
    product: {
      id: row.product_id,
      handle: row.product_handle,
      title: { vi: row.product_title, en: row.title_en || row.product_title },
      thumbnail: row.thumbnail,
      stars: row.stars,
    },
    producer: row.producer_handle ? { handle: row.producer_handle, name: row.producer_name ?? "", province: row.province ?? "", commune: row.commune ?? "" } : null,
    certificate: row.certificate_status
      ? {
          ...presentCertificate({
            id: "",
            decision_number: row.decision_number ?? "",
            decision_date: row.decision_date,
            issuing_authority_name: row.issuing_authority_name,
            issuing_authority_level: row.issuing_authority_level,
            regime: row.regime,
            stars: row.stars ?? 0,
            score: row.score,
            status: row.certificate_status,
            status_reason: row.status_reason,
            valid_from: row.valid_from,
            valid_until: row.valid_until,
          }),
          statusChangedAt: iso(row.status_changed_at),
        }
      : null,
    batch: {
      id: row.batch_id,
      lot: row.lot,
      productionDate: iso(row.production_date),
      expiryDate: iso(row.expiry_date),
      revokedAt: iso(row.revoked_at),
      revokedReason: row.revoked_reason,
    },
  }
}
