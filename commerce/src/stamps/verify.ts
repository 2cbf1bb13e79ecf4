import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { runPrepared } from "../database/prepared-statement"
import { presentCertificate, type PublicCertificate } from "../listing/catalogue"
import { canonicalCode, checkCode, formatSerial } from "../modules/stamp/code"
import { parseDigitalLinkPath } from "../modules/stamp/gs1"
import type { StampSettings } from "../modules/stamp/settings"

/**
 * The verify hot path: signature check in memory (forged codes stop here), then one statement that
 * reads the stamp, judges it, counts the scan and records it. No query.graph, no ORM.
 */

/** What a shopper is told. Forged and unknown codes are `not_genuine`; the rest are judged in VERIFY. */
export type StampState =
  | "genuine"
  | "certificate_expired"
  | "certificate_suspended"
  | "certificate_revoked"
  | "suspicious"
  | "not_genuine"
  | "batch_revoked"
  | "stamp_voided"

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
  /** Set when the office voided this one stamp. */
  voided: { at: string; reason: string } | null
}

export interface VerifyClient {
  deviceHash: string
  uaFamily: string
}

export type VerifyInput = { code: string } | { link: string }

const NOT_GENUINE: StampVerification = { state: "not_genuine", code: null, serial: null, verifications: null, product: null, producer: null, certificate: null, batch: null, voided: null }

/**
 * The whole verification of a well-signed code in one round trip: the stamp with its batch,
 * product, producer and the product's certificate in force, the verdict, the count and the scan
 * record. Two statements cost the busy server a second query's socket write, parse and pool
 * checkout per scan; the verdict lives here, beside the facts it reads, because the scan row
 * stores it.
 *
 * The certificate judged is the product's current one, so a renewal carries stamps printed under
 * the superseded certificate forward; but a batch whose own certificate was revoked (fraud, a
 * failed inspection) stays revoked with its reason, whatever certificate the product holds later.
 *
 * Verdict precedence: a revoked batch beats everything (the roll was lost or stolen), then a
 * voided stamp (the office's word on this very stamp), then the certificate as it stands at $now, then the copying heuristic (more distinct devices within the
 * window than the threshold, this one included). A Digital Link ($gtin set) must name the product
 * and lot the stamp was printed for: a genuine serial pasted under another GTIN finds nothing.
 */
const VERIFY = `
WITH found AS MATERIALIZED (
  SELECT s.id, s.batch_id, s.voided_at, s.voided_reason FROM stamp s WHERE s.serial = :serial AND s.deleted_at IS NULL
), judged AS (
  SELECT found.id, found.batch_id, found.voided_at, found.voided_reason,
    b.status AS batch_status, b.revoked_at, b.revoked_reason, b.lot, b.production_date, b.expiry_date, b.product_id,
    p.handle AS product_handle, p.title AS product_title, p.thumbnail, p.metadata->>'title_en' AS title_en,
    pr.handle AS producer_handle, pr.name AS producer_name, pr.province, pr.commune,
    c.decision_number, c.decision_date, c.issuing_authority_name, c.issuing_authority_level, c.regime, c.stars, c.score,
    c.status AS certificate_status, c.status_reason, c.valid_from, c.valid_until,
    (SELECT max(e.created_at) FROM certificate_event e WHERE e.certificate_id = c.id AND e.to_status = c.status AND e.deleted_at IS NULL) AS status_changed_at,
    CASE
      WHEN b.status = 'revoked' THEN 'batch_revoked'
      WHEN found.voided_at IS NOT NULL THEN 'stamp_voided'
      WHEN c.status IS NULL OR c.status = 'revoked' THEN 'certificate_revoked'
      WHEN c.status = 'suspended' THEN 'certificate_suspended'
      WHEN c.status <> 'active' OR c.valid_until <= :now THEN 'certificate_expired'
      WHEN devices.others + 1 > :threshold THEN 'suspicious'
      ELSE 'genuine'
    END AS state
  FROM found
  JOIN stamp_batch b ON b.id = found.batch_id AND b.deleted_at IS NULL
  JOIN product p ON p.id = b.product_id
  LEFT JOIN product_listing pl ON pl.product_id = b.product_id AND pl.deleted_at IS NULL
  LEFT JOIN certificate own ON own.id = b.certificate_id AND own.deleted_at IS NULL
  LEFT JOIN certificate c ON c.id = CASE WHEN own.status = 'revoked' THEN own.id ELSE COALESCE(pl.certificate_id, b.certificate_id) END AND c.deleted_at IS NULL
  LEFT JOIN producer pr ON pr.handle = COALESCE(pl.producer_handle, b.producer_handle) AND pr.deleted_at IS NULL
  CROSS JOIN LATERAL (
    SELECT count(DISTINCT x.device_hash) AS others FROM stamp_scan x
    WHERE x.stamp_id = found.id AND x.scanned_at > :since AND x.device_hash <> :device AND x.deleted_at IS NULL
  ) devices
  WHERE :gtin::text IS NULL OR (b.gtin = :gtin AND b.lot IS NOT DISTINCT FROM :lot::text)
), counted AS (
  UPDATE stamp SET scan_count = scan_count + 1, first_verified_at = COALESCE(first_verified_at, :now), last_verified_at = :now
  FROM judged WHERE stamp.id = judged.id
  RETURNING stamp.scan_count, stamp.first_verified_at
), recorded AS (
  INSERT INTO stamp_scan (id, stamp_id, batch_id, scanned_at, device_hash, ua_family, verdict)
  SELECT :scan, id, batch_id, :now, :device, :ua, state FROM judged
)
SELECT judged.*, counted.scan_count, counted.first_verified_at FROM judged, counted`

interface VerifiedRow {
  id: string
  batch_id: string
  state: Exclude<StampState, "not_genuine">
  scan_count: number
  first_verified_at: Date
  batch_status: string
  revoked_at: Date | null
  revoked_reason: string | null
  voided_at: Date | null
  voided_reason: string | null
  lot: string | null
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
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** The statement with PostgreSQL's `$n` placeholders, and the order its named `:parameters` take. */
function positional(sql: string): { text: string; names: string[] } {
  const names: string[] = []
  // `(?<!:)` leaves `::type` casts alone.
  const text = sql.replace(/(?<!:):([a-z]+)\b/g, (_match, name: string) => {
    if (!names.includes(name)) names.push(name)
    return `$${names.indexOf(name) + 1}`
  })
  return { text, names }
}
const VERIFY_STATEMENT = positional(VERIFY)

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
  const parameters: Record<string, unknown> = {
    serial,
    gtin: claimed.gtin,
    lot: claimed.lot,
    now,
    since: new Date(now.getTime() - settings.suspiciousWindowMs),
    threshold: settings.suspiciousDevices,
    device: client.deviceHash,
    ua: client.uaFamily,
    scan: generateEntityId(undefined, "scan"),
  }
  const [row] = await runPrepared<VerifiedRow>(db, "ocop-stamp-verify", VERIFY_STATEMENT.text, VERIFY_STATEMENT.names.map((name) => parameters[name]))
  if (!row) return NOT_GENUINE
  const count = row.scan_count

  return {
    state: row.state,
    code: canonicalCode(claimed.code),
    serial,
    verifications: { count, firstAt: new Date(row.first_verified_at).toISOString(), first: count === 1 },
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
    voided: row.voided_at ? { at: new Date(row.voided_at).toISOString(), reason: row.voided_reason ?? "" } : null,
  }
}
