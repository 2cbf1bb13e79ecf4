export const CERTIFICATE_STATUSES = ["active", "suspended", "revoked", "expired"] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

export const STARS = [3, 4, 5] as const
export type Stars = (typeof STARS)[number]

export const AUTHORITY_LEVELS = ["district", "province", "national"] as const
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number]

export const REGIMES = ["qd_1048_2019", "qd_148_2023", "qd_1489_2025"] as const
export type Regime = (typeof REGIMES)[number]

export const PRODUCT_GROUPS = ["food", "drinks", "herbal", "handicraft", "ornamental", "tourism"] as const
export type ProductGroup = (typeof PRODUCT_GROUPS)[number]

export type CertificateEventType = "issued" | "suspended" | "reinstated" | "revoked" | "expired" | "superseded"

export type StatusAction = "suspend" | "revoke" | "reinstate"

export interface CertificateProduct {
  id: string
  title: string
  handle: string
  status: string
}

export interface CertificateProducer {
  id: string
  handle: string
  name: string
  province: string
}

export interface AdminCertificate {
  id: string
  decision_number: string
  decision_date: string
  issuing_authority_name: string
  issuing_authority_level: AuthorityLevel
  regime: Regime
  stars: Stars
  score: number | null
  product_group: ProductGroup
  valid_from: string
  valid_until: string
  status: CertificateStatus
  status_reason: string | null
  /** Whole days until valid_until; negative once past. */
  days_left: number
  supersedes_id: string | null
  products: CertificateProduct[]
  producer: CertificateProducer | null
}

export interface CertificateEvent {
  id: string
  type: CertificateEventType
  from_status: string | null
  to_status: string
  /** The admin user's id, or "system" for the expiry job. */
  actor: string
  /** The admin user's name and email, when the actor is one. */
  actor_name: string | null
  reason: string | null
  created_at: string
}

export interface AdminCertificateDetail extends AdminCertificate {
  /** Newest first, as the API sends them. */
  events: CertificateEvent[]
  superseded_by: { id: string; decision_number: string } | null
}

export interface CertificateFilters {
  status?: CertificateStatus
  stars?: Stars
  province?: string
  expiring_within_days?: number
  q?: string
  limit: number
  offset: number
}

export interface CertificateListResponse {
  certificates: AdminCertificate[]
  count: number
  limit: number
  offset: number
}

export interface CertificateSummaryResponse {
  by_status: Record<CertificateStatus, number>
  by_stars: Record<"3" | "4" | "5", number>
  expiring_soon: AdminCertificate[]
}

export interface CertificateResponse {
  certificate: AdminCertificate
}

export interface CertificateDetailResponse {
  certificate: AdminCertificateDetail
}

export interface ProductCertificateResponse {
  current: AdminCertificate | null
  history: AdminCertificate[]
  sellable: boolean
  reason: string | null
}

export interface DecisionInput {
  decision_number: string
  /** YYYY-MM-DD, the signing day in Vietnam time. */
  decision_date: string
  issuing_authority_name: string
  issuing_authority_level: AuthorityLevel
  regime: Regime
  stars: Stars
  score?: number | null
}

export interface IssueCertificateInput extends DecisionInput {
  product_ids: string[]
  product_group: ProductGroup
}
