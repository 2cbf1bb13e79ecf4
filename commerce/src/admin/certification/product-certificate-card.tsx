import { StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { QueryCard } from "../lib/query-card"
import { CertificateDaysLeft } from "./certificate-days-left"
import { CertificateField } from "./certificate-field"
import { CertificateStars } from "./certificate-stars"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { useProductCertificate } from "./queries"
import type { ProductCertificateResponse } from "./types"

/** A product's certificate in force, whether the listing rule lets it be sold now, and why not. */
export function ProductCertificateCard({ productId }: { productId: string }) {
  return (
    <QueryCard title={t.widget.title} query={useProductCertificate(productId)} loadError={t.widget.loadError}>
      {(data) => <ProductCertificateBody data={data} />}
    </QueryCard>
  )
}

function ProductSellability({ sellable, reason }: { sellable: boolean; reason: string | null }) {
  return (
    <div className="flex flex-col items-start gap-y-2 px-6 py-4">
      <StatusBadge color={sellable ? "green" : "red"} className="whitespace-nowrap">
        {sellable ? t.widget.sellable : t.widget.notSellable}
      </StatusBadge>
      {!sellable && reason && (
        <Text size="small" className="text-ui-fg-error">
          {labelOf(t.notSellableReason, reason)}
        </Text>
      )}
    </div>
  )
}

function ProductCertificateBody({ data }: { data: ProductCertificateResponse }) {
  const { current, history, sellable, reason } = data
  return (
    <>
      <ProductSellability sellable={sellable} reason={reason} />
      {current ? (
        <>
          <CertificateField label={t.detail.stars}>
            <CertificateStars stars={current.stars} />
          </CertificateField>
          <CertificateField label={t.detail.status}>
            <CertificateStatusBadge status={current.status} />
          </CertificateField>
          <CertificateField label={t.widget.decision}>{current.decision_number}</CertificateField>
          <CertificateField label={t.widget.authority}>{current.issuing_authority_name}</CertificateField>
          <CertificateField label={t.widget.validUntil}>{formatDate(current.valid_until)}</CertificateField>
          <CertificateField label={t.widget.daysLeft}>
            <CertificateDaysLeft certificate={current} />
          </CertificateField>
          <div className="px-6 py-4">
            <Link
              to={`/certificates/${current.id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
            >
              {t.widget.view}
            </Link>
          </div>
        </>
      ) : (
        // Without a certificate the reason above (no_certificate) usually says so already.
        reason !== "no_certificate" && (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            {t.widget.none}
          </Text>
        )
      )}
      {history.length > 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t.widget.older(history.length)}
        </Text>
      )}
    </>
  )
}
