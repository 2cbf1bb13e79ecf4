import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CertificateField } from "../certification/certificate-field"
import { DetailNote, DetailPage, DetailSection } from "../lib/detail-page"
import { formatDate, formatDateTime } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { OrderLinesTable, type LineContext } from "../order/order-lines-card"
import { InviteMemberForm } from "./invite-member-form"
import { ProducerStatusAction } from "./producer-status-action"
import { ProducerStatusBadge } from "./producer-status-badge"
import { useProducer } from "./queries"
import type { ProducerDetailResponse } from "./types"

export function ProducerDetail({ id }: { id: string }) {
  return (
    <DetailPage back={{ to: "/producers", label: t.producerDetail.back }} query={useProducer(id)} notFound={t.producerDetail.notFound} loadError={t.producerDetail.loadError}>
      {(detail) => ({
        main: (
          <>
            <ProducerProfile producer={detail.producer} openLines={detail.open_order_lines.count} />
            <ProducerOpenLines producer={detail.producer} openLines={detail.open_order_lines} />
            <ProducerProducts products={detail.products} />
          </>
        ),
        side: <ProducerMembers detail={detail} />,
      })}
    </DetailPage>
  )
}

function ProducerProfile({ producer, openLines }: { producer: ProducerDetailResponse["producer"]; openLines: number }) {
  const fields = t.producerDetail
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{producer.name}</Heading>
          <ProducerStatusBadge status={producer.status} />
        </div>
        <ProducerStatusAction producerId={producer.id} status={producer.status} openLines={openLines} />
      </div>
      <CertificateField label={fields.status}>
        <ProducerStatusBadge status={producer.status} />
      </CertificateField>
      <CertificateField label={fields.statusReason}>{producer.status_reason ?? t.common.none}</CertificateField>
      <CertificateField label={fields.handle}>{producer.handle}</CertificateField>
      <CertificateField label={fields.type}>{labelOf(t.producerType, producer.type)}</CertificateField>
      <CertificateField label={fields.province}>{producer.province}</CertificateField>
      <CertificateField label={fields.commune}>{producer.commune || t.common.none}</CertificateField>
      <CertificateField label={fields.street}>{producer.street || t.common.none}</CertificateField>
      {producer.legacy_address && <CertificateField label={fields.legacyAddress}>{producer.legacy_address}</CertificateField>}
      <CertificateField label={fields.taxCode}>{producer.tax_code ?? t.common.none}</CertificateField>
      <CertificateField label={fields.phone}>{producer.phone ?? t.common.none}</CertificateField>
      <CertificateField label={fields.email}>{producer.email ?? t.common.none}</CertificateField>
    </Container>
  )
}

type OpenLine = ProducerDetailResponse["open_order_lines"]["lines"][number]

/** On a producer's page, each open line's order: a link to it, and when it was placed. */
const orderColumn: LineContext<OpenLine> = {
  header: t.orderLines.columns.order,
  cell: (line) => (
    <div className="flex flex-col">
      <Link to={`/orders/${line.order.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
        {line.order.display_id === null ? line.order.id : `#${line.order.display_id}`}
      </Link>
      <Text size="xsmall" className="text-ui-fg-muted">
        {formatDateTime(line.order.placed_at)}
      </Text>
    </div>
  ),
}

/**
 * The producer's order lines not yet delivered, those waiting longest first. A suspended producer's
 * members can still move them; the office is told what to do if they do not.
 */
function ProducerOpenLines({ producer, openLines }: { producer: ProducerDetailResponse["producer"]; openLines: ProducerDetailResponse["open_order_lines"] }) {
  const text = t.producerDetail
  const { count, lines } = openLines
  return (
    <DetailSection title={`${text.openLines} · ${count}`}>
      {count === 0 ? (
        <DetailNote>{text.noOpenLines}</DetailNote>
      ) : (
        <div data-testid="producer-open-lines">
          {producer.status === "suspended" && (
            <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
              {text.openLinesSuspended}
            </Text>
          )}
          {lines.length < count && <DetailNote>{text.openLinesShown(lines.length, count)}</DetailNote>}
          <OrderLinesTable lines={lines} context={orderColumn} rowTestId="producer-open-line" />
        </div>
      )}
    </DetailSection>
  )
}

function ProducerProducts({ products }: { products: ProducerDetailResponse["products"] }) {
  const columns = t.producerDetail.productColumns
  return (
    <DetailSection title={t.producerDetail.products}>
      {products.length === 0 ? (
        <DetailNote>{t.producerDetail.noProducts}</DetailNote>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{columns.product}</Table.HeaderCell>
              <Table.HeaderCell>{columns.status}</Table.HeaderCell>
              <Table.HeaderCell>{columns.sale}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {products.map((product) => (
              <Table.Row key={product.id}>
                <Table.Cell className="max-w-[280px] truncate">
                  <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    {product.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{labelOf(t.productStatus, product.status)}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col items-start gap-y-1">
                    <StatusBadge color={product.sellable ? "green" : "red"} className="whitespace-nowrap">
                      {product.sellable ? t.widget.sellable : t.widget.notSellable}
                    </StatusBadge>
                    {product.reason && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {labelOf(t.notSellableReason, product.reason)}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </DetailSection>
  )
}

function ProducerMembers({ detail }: { detail: ProducerDetailResponse }) {
  return (
    <DetailSection title={t.producerDetail.members}>
      {detail.members.length === 0 ? (
        <DetailNote>{t.producerDetail.noMembers}</DetailNote>
      ) : (
        <ul className="divide-y" aria-label={t.producerDetail.members}>
          {detail.members.map((member) => (
            <li key={member.id} className="flex items-center justify-between gap-x-2 px-6 py-3">
              <div className="flex min-w-0 flex-col">
                <Text size="small" weight="plus" className="truncate">
                  {member.name}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted truncate">
                  {member.email}
                </Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                {labelOf(t.memberRole, member.role)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <div className="px-6 py-3">
        <Text size="small" weight="plus">
          {t.producerDetail.pendingInvites}
        </Text>
      </div>
      {detail.pending_invites.length === 0 ? (
        <DetailNote>{t.producerDetail.noInvites}</DetailNote>
      ) : (
        <ul className="divide-y" aria-label={t.producerDetail.pendingInvites}>
          {detail.pending_invites.map((invite) => (
            <li key={invite.id} className="flex items-center justify-between gap-x-2 px-6 py-3">
              <div className="flex min-w-0 flex-col">
                <Text size="small" className="truncate">
                  {invite.email}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t.producerDetail.invitedUntil(formatDate(invite.expires_at))}
                </Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                {labelOf(t.memberRole, invite.role)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <InviteMemberForm producerId={detail.producer.id} />
    </DetailSection>
  )
}
