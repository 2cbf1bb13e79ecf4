import { z } from "@medusajs/framework/zod"
import { calendarDate } from "../../../validation"
import { VALIDITY_MONTHS, validUntil } from "../../../../modules/certification/rules"

const signedOn = (value: string) => new Date(`${value}T00:00:00+07:00`)
// A decision whose 36 months are over would be recorded as a certificate already expired.
const isoDate = calendarDate
  .refine((value) => signedOn(value).getTime() <= Date.now(), "ngày ký không thể ở tương lai / cannot be in the future")
  .refine(
    (value) => validUntil(signedOn(value)).getTime() > Date.now(),
    `quyết định ký quá ${VALIDITY_MONTHS} tháng trước, giấy chứng nhận theo quyết định này đã hết hiệu lực / is more than ${VALIDITY_MONTHS} months ago: a certificate from that decision has already expired`
  )

const stars = z.coerce.number().int().refine((n) => n === 3 || n === 4 || n === 5, "stars must be 3, 4 or 5 (1★ and 2★ are not certified)")

export const ListCertificatesQuery = z
  .object({
    status: z.enum(["active", "suspended", "revoked", "expired"]).optional(),
    stars: stars.optional(),
    province: z.string().trim().min(1).max(100).optional(),
    expiring_within_days: z.coerce.number().int().min(0, "expiring_within_days cannot be negative").max(3650).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(200, "limit must be at most 200").default(20),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  })
  .strict()
export type ListCertificatesQuery = z.infer<typeof ListCertificatesQuery>

const decision = {
  decision_number: z.string().trim().min(1, "decision_number is required").max(100),
  decision_date: isoDate,
  issuing_authority_name: z.string().trim().min(1, "issuing_authority_name is required").max(200),
  issuing_authority_level: z.enum(["district", "province", "national"]),
  regime: z.enum(["qd_1048_2019", "qd_148_2023", "qd_1489_2025"]),
  stars,
  score: z.number().min(0, "score must be between 0 and 100").max(100, "score must be between 0 and 100").nullable().optional(),
}

export const IssueCertificateBody = z
  .object({
    ...decision,
    product_ids: z.array(z.string().min(1)).min(1, "product_ids must name at least one product").max(50),
    product_group: z.enum(["food", "drinks", "herbal", "handicraft", "ornamental", "tourism"]),
  })
  .strict()
export type IssueCertificateBody = z.infer<typeof IssueCertificateBody>

export const RenewCertificateBody = z.object(decision).strict()
export type RenewCertificateBody = z.infer<typeof RenewCertificateBody>

export const ReasonBody = z.object({ reason: z.string().trim().min(3, "hãy ghi lý do, ít nhất 3 ký tự / reason must say why, in at least 3 characters").max(1000) }).strict()
export const OptionalReasonBody = z.object({ reason: z.string().trim().max(1000).optional() }).strict()

export const CertificateIdParams = z.object({ id: z.string().regex(/^cert_[0-9A-Z]{26}$/, "id must be a certificate id (cert_…)") })
