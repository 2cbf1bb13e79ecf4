import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { ChoiceSelect } from "../certification/decision-fields"
import { formatDateTime } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { CloseStampReport } from "./close-stamp-report"
import { PagedResults } from "../lib/paged-results"
import { STAMP_PAGE_SIZE, useStampReports } from "./queries"
import { STAMP_REPORT_STATUSES, type AdminStampReport, type StampReportStatus } from "./types"

const ALL = "all"
const statusColors: Record<StampReportStatus, "orange" | "green" | "grey"> = { open: "orange", resolved: "green", dismissed: "grey" }

/** Shoppers' "report a problem" submissions, open ones first by default, each closable with a note. */
export function StampReportList() {
  const [status, setStatus] = useState<StampReportStatus | undefined>("open")
  const [offset, setOffset] = useState(0)
  const { data, isPending, isFetching, error, refetch } = useStampReports(status, offset)
  const reports = data?.stamp_reports ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h1">{t.stampReports.title}</Heading>
        <div className="w-64">
          <ChoiceSelect
            id="stamp-report-status"
            value={status ?? ALL}
            options={[{ value: ALL, label: t.stamps.allStatuses }, ...STAMP_REPORT_STATUSES.map((value) => ({ value, label: labelOf(t.stampReportStatus, value) }))]}
            onChange={(next) => {
              setStatus(next === ALL ? undefined : (next as StampReportStatus))
              setOffset(0)
            }}
          />
        </div>
      </div>
      <PagedResults
        error={error}
        errorText={t.stampReports.loadError}
        onRetry={refetch}
        isPending={isPending}
        isFetching={isFetching}
        isEmpty={reports.length === 0}
        emptyText={t.stampReports.empty}
        count={count}
        offset={offset}
        pageSize={STAMP_PAGE_SIZE}
        onOffsetChange={setOffset}
      >
        <ReportTable reports={reports} />
      </PagedResults>
    </Container>
  )
}

function ReportTable({ reports }: { reports: AdminStampReport[] }) {
  const columns = t.stampReports.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.received}</Table.HeaderCell>
          <Table.HeaderCell>{columns.product}</Table.HeaderCell>
          <Table.HeaderCell>{columns.verdict}</Table.HeaderCell>
          <Table.HeaderCell>{columns.where}</Table.HeaderCell>
          <Table.HeaderCell>{columns.message}</Table.HeaderCell>
          <Table.HeaderCell>{columns.photo}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
          <Table.HeaderCell>{columns.actions}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {reports.map((report) => (
          <Table.Row key={report.id}>
            <Table.Cell className="whitespace-nowrap">{formatDateTime(report.created_at)}</Table.Cell>
            <Table.Cell>
              <div className="flex max-w-[200px] flex-col">
                <span className="truncate">{report.product_title ?? t.stampReports.unknownProduct}</span>
                <span className="text-ui-fg-muted txt-compact-xsmall truncate font-mono">{report.code}</span>
              </div>
            </Table.Cell>
            <Table.Cell>
              <StatusBadge color={report.verdict === "not_genuine" ? "red" : "green"} className="whitespace-nowrap">
                {labelOf(t.stampVerdict, report.verdict)}
              </StatusBadge>
            </Table.Cell>
            <Table.Cell className="max-w-[180px] truncate" title={report.where_bought}>
              {report.where_bought}
            </Table.Cell>
            <Table.Cell className="max-w-[260px] whitespace-normal [overflow-wrap:anywhere]">
              <Text size="small">{report.message}</Text>
              {report.resolution_note && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t.stampReports.closedNote(report.resolution_note)}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              {report.photo_url ? (
                <a href={report.photo_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  {t.stampReports.viewPhoto}
                </a>
              ) : (
                t.common.none
              )}
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-col gap-y-1">
                <StatusBadge color={statusColors[report.status] ?? "grey"} className="whitespace-nowrap">
                  {labelOf(t.stampReportStatus, report.status)}
                </StatusBadge>
                {report.closed_at && <span className="text-ui-fg-muted txt-compact-xsmall">{formatDateTime(report.closed_at)}</span>}
              </div>
            </Table.Cell>
            <Table.Cell>{report.status === "open" && <CloseStampReport reportId={report.id} />}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
