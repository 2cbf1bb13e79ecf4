import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { t } from "../lib/i18n"
import { QueryCard } from "../lib/query-card"
import { CertificateDaysLeft } from "./certificate-days-left"
import { CertificateStars } from "./certificate-stars"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { useCertificateSummary } from "./queries"
import { CERTIFICATE_STATUSES, STARS, type AdminCertificate } from "./types"

export function CertificateSummary() {
  return (
    <QueryCard title={t.summary.title} query={useCertificateSummary()} loadError={t.summary.loadError} skeleton="h-24">
      {(data) => (
        <div className="grid grid-cols-1 divide-y md:grid-cols-3 md:divide-x md:divide-y-0">
          <SummarySection title={t.summary.byStatus}>
            {CERTIFICATE_STATUSES.map((status) => (
              <SummaryCount key={status} label={<CertificateStatusBadge status={status} />} count={data.by_status[status] ?? 0} />
            ))}
          </SummarySection>
          <SummarySection title={t.summary.activeByStars}>
            {STARS.map((stars) => (
              <SummaryCount key={stars} label={<CertificateStars stars={stars} />} count={data.by_stars[`${stars}`] ?? 0} />
            ))}
          </SummarySection>
          <SummarySection title={t.summary.expiringSoon}>
            <ExpiringSoonList certificates={data.expiring_soon} />
          </SummarySection>
        </div>
      )}
    </QueryCard>
  )
}

function SummarySection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        {title}
      </Text>
      <div className="flex flex-col gap-y-2">{children}</div>
    </div>
  )
}

function SummaryCount({ label, count }: { label: ReactNode; count: number }) {
  return (
    <div className="flex items-center justify-between gap-x-2">
      {label}
      <Text size="small" weight="plus">
        {count}
      </Text>
    </div>
  )
}

function ExpiringSoonList({ certificates }: { certificates: AdminCertificate[] }) {
  if (certificates.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t.summary.noneExpiring}
      </Text>
    )
  }
  return (
    <ul className="flex max-h-48 flex-col gap-y-2 overflow-y-auto">
      {certificates.map((certificate) => (
        <li key={certificate.id} className="txt-compact-small flex items-center justify-between gap-x-2">
          <Link to={`/certificates/${certificate.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate">
            {certificate.decision_number}
            {certificate.products[0] ? ` · ${certificate.products.map((product) => product.title).join(", ")}` : ""}
          </Link>
          <CertificateDaysLeft certificate={certificate} />
        </li>
      ))}
    </ul>
  )
}
