/** Events the certification workflows emit; subscribers in src/subscribers react to them. */
export const CERTIFICATE_STATUS_CHANGED = "certificate.status_changed"
export const CERTIFICATE_ISSUED = "certificate.issued"

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
