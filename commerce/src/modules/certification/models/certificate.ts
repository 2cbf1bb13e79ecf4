import { model } from "@medusajs/framework/utils"
import { CertificateEvent } from "./certificate-event"

/**
 * One OCOP recognition decision for a product (Decisions 1048/2019, 148/2023, 1489/2025).
 * Only 3★–5★ products are certified; the score bands are enforced by check constraints so that
 * no code path can store a 4★ certificate with a 3★ score.
 */
export const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    decision_number: model.text().searchable(),
    decision_date: model.dateTime(),
    issuing_authority_name: model.text(),
    issuing_authority_level: model.enum(["district", "province", "national"]),
    // Decision 1048/QĐ-TTg (2019), 148/QĐ-TTg (2023), 1489/QĐ-TTg (2025): they differ in who may issue which rank.
    regime: model.enum(["qd_1048_2019", "qd_148_2023", "qd_1489_2025"]),
    stars: model.number(),
    score: model.float().nullable(),
    product_group: model.enum(["food", "drinks", "herbal", "handicraft", "ornamental", "tourism"]),
    valid_from: model.dateTime(),
    valid_until: model.dateTime(),
    status: model.enum(["active", "suspended", "revoked", "expired"]).default("active"),
    status_reason: model.text().nullable(),
    documented: model.boolean().default(false),
    supersedes_id: model.text().nullable(),
    events: model.hasMany(() => CertificateEvent, { mappedBy: "certificate" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { on: ["status", "valid_until"] },
    { on: ["decision_number", "decision_date"] },
  ])
  .checks([
    { name: "certificate_stars_range", expression: (c) => `${c.stars} BETWEEN 3 AND 5` },
    {
      name: "certificate_score_matches_stars",
      expression: (c) =>
        `${c.score} IS NULL OR (${c.score} >= 0 AND ${c.score} <= 100 AND ((${c.stars} = 3 AND ${c.score} >= 50 AND ${c.score} < 70) OR (${c.stars} = 4 AND ${c.score} >= 70 AND ${c.score} < 90) OR (${c.stars} = 5 AND ${c.score} >= 90)))`,
    },
    { name: "certificate_validity_order", expression: (c) => `${c.valid_until} > ${c.valid_from}` },
    {
      name: "certificate_reason_required",
      expression: (c) => `${c.status} NOT IN ('suspended', 'revoked') OR ${c.status_reason} IS NOT NULL`,
    },
  ])

export default Certificate
