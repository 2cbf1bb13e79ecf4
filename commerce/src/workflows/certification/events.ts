/** Events the certification workflows emit; subscribers in src/subscribers react to them. */
export const CERTIFICATE_STATUS_CHANGED = "certificate.status_changed"
export const CERTIFICATE_ISSUED = "certificate.issued"
/** One event per expiry batch: the job may expire thousands at once, notified in one go. */
export const CERTIFICATES_EXPIRED = "certificates.expired"

export interface CertificatesExpiredData {
  ids: string[]
}

export interface CertificateStatusChangedData {
  id: string
  from: string
  to: string
  reason: string | null
  actor: string
}

export interface CertificateIssuedData {
  id: string
  supersedes_id: string | null
  actor: string
}

/** The listing facts of these products were recomputed (status, certificate in force, price). */
export const PRODUCT_LISTING_SYNCED = "product-listing.synced"
