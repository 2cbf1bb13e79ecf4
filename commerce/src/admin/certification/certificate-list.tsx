import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { formatDate } from "../lib/format"
import { t } from "../lib/i18n"
import { LoadError } from "../lib/load-error"
import { CertificateDaysLeft } from "./certificate-days-left"
import { CertificateFilterBar } from "./certificate-filter-bar"
import { CertificateStars } from "./certificate-stars"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { IssueCertificateForm } from "./issue-certificate-form"
import { filtersFromSearchParams, PAGE_SIZE, withOffset } from "./list-search-params"
import { useCertificates } from "./queries"
import type { AdminCertificate } from "./types"

const SHOWN_PRODUCTS = 2

export function CertificateList() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => filtersFromSearchParams(params), [params])
  const { data, isPending, isFetching, error, refetch } = useCertificates(filters)
  const count = data?.count ?? 0
  const pageIndex = Math.floor(filters.offset / PAGE_SIZE)
  const goTo = (offset: number) => setParams((current) => withOffset(current, offset))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{t.list.title}</Heading>
        <IssueCertificateForm />
      </div>
      <CertificateFilterBar />
      {error ? (
        <LoadError text={t.list.loadError} onRetry={refetch} retrying={isFetching} />
      ) : (
        <div className={isFetching && !isPending ? "opacity-60 transition-opacity" : undefined}>
          <CertificateTable certificates={data?.certificates ?? []} loading={isPending} />
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
            canPreviousPage={filters.offset > 0}
            canNextPage={filters.offset + PAGE_SIZE < count}
            previousPage={() => goTo(Math.max(0, filters.offset - PAGE_SIZE))}
            nextPage={() => goTo(filters.offset + PAGE_SIZE)}
            translations={t.list.pagination}
          />
        </div>
      )}
    </Container>
  )
}

function CertificateTable({ certificates, loading }: { certificates: AdminCertificate[]; loading: boolean }) {
  const navigate = useNavigate()
  const columns = t.list.columns

  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{columns.decision}</Table.HeaderCell>
            <Table.HeaderCell>{columns.products}</Table.HeaderCell>
            <Table.HeaderCell>{columns.producer}</Table.HeaderCell>
            <Table.HeaderCell>{columns.stars}</Table.HeaderCell>
            <Table.HeaderCell>{columns.status}</Table.HeaderCell>
            <Table.HeaderCell>{columns.validUntil}</Table.HeaderCell>
            <Table.HeaderCell>{columns.daysLeft}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {certificates.map((certificate) => (
            <Table.Row
              key={certificate.id}
              className="cursor-pointer"
              onClick={() => navigate(`/certificates/${certificate.id}`)}
            >
              <Table.Cell>
                <Link
                  to={`/certificates/${certificate.id}`}
                  className="text-ui-fg-base font-medium"
                  onClick={(event) => event.stopPropagation()}
                >
                  {certificate.decision_number}
                </Link>
              </Table.Cell>
              <Table.Cell className="max-w-[240px] truncate">{productTitles(certificate)}</Table.Cell>
              <Table.Cell>
                {certificate.producer ? (
                  <div className="flex flex-col">
                    <span>{certificate.producer.name}</span>
                    <span className="text-ui-fg-muted txt-compact-xsmall">{certificate.producer.province}</span>
                  </div>
                ) : (
                  t.common.none
                )}
              </Table.Cell>
              <Table.Cell>
                <CertificateStars stars={certificate.stars} />
              </Table.Cell>
              <Table.Cell>
                <CertificateStatusBadge status={certificate.status} />
              </Table.Cell>
              <Table.Cell>{formatDate(certificate.valid_until)}</Table.Cell>
              <Table.Cell>
                <CertificateDaysLeft certificate={certificate} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {certificates.length === 0 && (
        <Text size="small" className="text-ui-fg-muted px-6 py-6 text-center">
          {loading ? t.common.loading : t.list.empty}
        </Text>
      )}
    </>
  )
}

function productTitles(certificate: AdminCertificate): string {
  const titles = certificate.products.map((product) => product.title)
  if (titles.length === 0) return t.common.none
  const shown = titles.slice(0, SHOWN_PRODUCTS).join(", ")
  return titles.length > SHOWN_PRODUCTS ? `${shown} +${titles.length - SHOWN_PRODUCTS}` : shown
}
