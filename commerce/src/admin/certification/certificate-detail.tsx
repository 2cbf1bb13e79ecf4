import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { DetailNote, DetailPage, DetailSection } from "../lib/detail-page"
import { formatDate } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { CertificateDaysLeft } from "./certificate-days-left"
import { CertificateField } from "./certificate-field"
import { CertificateHistory } from "./certificate-history"
import { CertificateStars } from "./certificate-stars"
import { CertificateStatusActions } from "./certificate-status-actions"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { useCertificate } from "./queries"
import { RenewCertificateForm } from "./renew-certificate-form"
import type { AdminCertificate, AdminCertificateDetail } from "./types"

export function CertificateDetail({ id }: { id: string }) {
  return (
    <DetailPage back={{ to: "/certificates", label: t.detail.back }} query={useCertificate(id)} notFound={t.detail.notFound} loadError={t.detail.loadError}>
      {(certificate) => ({
        main: (
          <>
            <CertificateDecision certificate={certificate} />
            <CertificateHistory events={certificate.events} />
          </>
        ),
        side: (
          <>
            <CertificateProducts certificate={certificate} />
            <CertificateProducer certificate={certificate} />
            <CertificateLineage certificate={certificate} />
          </>
        ),
      })}
    </DetailPage>
  )
}

function CertificateDecision({ certificate }: { certificate: AdminCertificateDetail }) {
  // Renewing a certificate that has already been replaced would fork its lineage; renew the successor.
  const renewable = certificate.status !== "revoked" && certificate.superseded_by === null

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{certificate.decision_number}</Heading>
          <div className="flex items-center gap-x-2">
            <CertificateStars stars={certificate.stars} />
            <CertificateStatusBadge status={certificate.status} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <CertificateStatusActions certificate={certificate} />
          {renewable && <RenewCertificateForm certificate={certificate} />}
        </div>
      </div>
      <CertificateField label={t.detail.decisionNumber}>{certificate.decision_number}</CertificateField>
      <CertificateField label={t.detail.decisionDate}>{formatDate(certificate.decision_date)}</CertificateField>
      <CertificateField label={t.detail.authority}>{certificate.issuing_authority_name}</CertificateField>
      <CertificateField label={t.detail.authorityLevel}>{labelOf(t.authorityLevel, certificate.issuing_authority_level)}</CertificateField>
      <CertificateField label={t.detail.regime}>{labelOf(t.regime, certificate.regime)}</CertificateField>
      <CertificateField label={t.detail.stars}>
        <CertificateStars stars={certificate.stars} /> {t.common.stars(certificate.stars)}
      </CertificateField>
      <CertificateField label={t.detail.score}>{certificate.score ?? t.detail.noScore}</CertificateField>
      <CertificateField label={t.detail.productGroup}>{labelOf(t.productGroup, certificate.product_group)}</CertificateField>
      <CertificateField label={t.detail.validFrom}>{formatDate(certificate.valid_from)}</CertificateField>
      <CertificateField label={t.detail.validUntil}>{formatDate(certificate.valid_until)}</CertificateField>
      <CertificateField label={t.detail.daysLeft}>
        <CertificateDaysLeft certificate={certificate} />
      </CertificateField>
      <CertificateField label={t.detail.status}>
        <CertificateStatusBadge status={certificate.status} />
      </CertificateField>
      <CertificateField label={t.detail.statusReason}>{certificate.status_reason ?? t.common.none}</CertificateField>
    </Container>
  )
}

function CertificateProducts({ certificate }: { certificate: AdminCertificate }) {
  return (
    <DetailSection title={t.detail.products}>
      {certificate.products.length === 0 ? (
        <DetailNote>{t.detail.noProducts}</DetailNote>
      ) : (
        <ul className="divide-y">
          {certificate.products.map((product) => (
            <li key={product.id} className="flex items-center justify-between gap-x-2 px-6 py-3">
              <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small truncate">
                {product.title}
              </Link>
              <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
                {labelOf(t.productStatus, product.status)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  )
}

function CertificateProducer({ certificate }: { certificate: AdminCertificate }) {
  const producer = certificate.producer
  return (
    <DetailSection title={t.detail.producer}>
      {producer ? (
        <>
          <CertificateField label={t.detail.producerName}>{producer.name}</CertificateField>
          <CertificateField label={t.detail.producerHandle}>{producer.handle}</CertificateField>
          <CertificateField label={t.detail.province}>{producer.province}</CertificateField>
        </>
      ) : (
        <DetailNote>{t.detail.noProducer}</DetailNote>
      )}
    </DetailSection>
  )
}

function CertificateLineage({ certificate }: { certificate: AdminCertificateDetail }) {
  return (
    <DetailSection title={t.detail.lineage}>
      <CertificateField label={t.detail.supersedes}>
        {certificate.supersedes_id ? <PredecessorLink id={certificate.supersedes_id} /> : t.common.none}
      </CertificateField>
      <CertificateField label={t.detail.supersededBy}>
        {certificate.superseded_by ? (
          <CertificateLink id={certificate.superseded_by.id}>{certificate.superseded_by.decision_number}</CertificateLink>
        ) : (
          t.common.none
        )}
      </CertificateField>
    </DetailSection>
  )
}

/** The API gives only the predecessor's id; its decision number reads better and is one cached request away. */
function PredecessorLink({ id }: { id: string }) {
  const { data } = useCertificate(id)
  return <CertificateLink id={id}>{data?.decision_number ?? id}</CertificateLink>
}

function CertificateLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to={`/certificates/${id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover break-all">
      {children}
    </Link>
  )
}
