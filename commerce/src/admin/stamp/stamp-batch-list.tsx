import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ChoiceSelect } from "../certification/decision-fields"
import { formatDate } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { IssueStampBatchForm } from "./issue-stamp-batch-form"
import { STAMP_PAGE_SIZE, stampSheetUrl, useStampBatches } from "./queries"
import { RevokeStampBatch } from "./revoke-stamp-batch"
import { PagedResults } from "../lib/paged-results"
import { ScanCounts, scanCountsHeading, SuspiciousStampList, VerdictCounts, VoidedStamps } from "./scan-stats"
import { STAMP_BATCH_STATUSES, type AdminStampBatch, type StampBatchStatus } from "./types"
import { VoidStamp } from "./void-stamp"

const ALL = "all"

/** Batches newest first with their scan statistics; issue, download and revoke from here. */
export function StampBatchList() {
  const [status, setStatus] = useState<StampBatchStatus | undefined>(undefined)
  const [offset, setOffset] = useState(0)
  const { data, isPending, isFetching, error, refetch } = useStampBatches(status, offset)
  const batches = data?.stamp_batches ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h1">{t.stamps.batches}</Heading>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="transparent" asChild>
            <Link to="/stamps/reports">{t.stamps.reportsLink}</Link>
          </Button>
          <VoidStamp />
          <IssueStampBatchForm />
        </div>
      </div>
      <div className="w-64 px-6 py-3">
        <ChoiceSelect
          id="stamp-batch-status"
          value={status ?? ALL}
          options={[{ value: ALL, label: t.stamps.allStatuses }, ...STAMP_BATCH_STATUSES.map((value) => ({ value, label: labelOf(t.stampBatchStatus, value) }))]}
          onChange={(next) => {
            setStatus(next === ALL ? undefined : (next as StampBatchStatus))
            setOffset(0)
          }}
        />
      </div>
      <PagedResults
        error={error}
        errorText={t.stamps.loadError}
        onRetry={refetch}
        isPending={isPending}
        isFetching={isFetching}
        isEmpty={batches.length === 0}
        emptyText={t.stamps.batchesEmpty}
        count={count}
        offset={offset}
        pageSize={STAMP_PAGE_SIZE}
        onOffsetChange={setOffset}
      >
        <BatchTable batches={batches} />
      </PagedResults>
    </Container>
  )
}

function BatchTable({ batches }: { batches: AdminStampBatch[] }) {
  const columns = t.stamps.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.created}</Table.HeaderCell>
          <Table.HeaderCell>{columns.product}</Table.HeaderCell>
          <Table.HeaderCell>{columns.quantity}</Table.HeaderCell>
          <Table.HeaderCell>{columns.lot}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
          <Table.HeaderCell>{scanCountsHeading}</Table.HeaderCell>
          <Table.HeaderCell>{columns.verdicts}</Table.HeaderCell>
          <Table.HeaderCell>{columns.actions}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {batches.map((batch) => (
          <Table.Row key={batch.id}>
            <Table.Cell>{formatDate(batch.created_at)}</Table.Cell>
            <Table.Cell className="max-w-[220px] truncate" title={batch.id}>
              {batch.product_title ?? batch.product_id}
            </Table.Cell>
            <Table.Cell>{batch.quantity.toLocaleString("vi-VN")}</Table.Cell>
            <Table.Cell>{batch.lot ?? t.common.none}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col gap-y-1">
                <StatusBadge color={batch.status === "active" ? "green" : "red"} className="whitespace-nowrap">
                  {labelOf(t.stampBatchStatus, batch.status)}
                </StatusBadge>
                {batch.revoked_reason && (
                  <Text size="xsmall" className="text-ui-fg-muted max-w-[200px] truncate" title={batch.revoked_reason}>
                    {t.stamps.revokedBecause(batch.revoked_reason)}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell>
              <ScanCounts stats={batch.stats} />
            </Table.Cell>
            <Table.Cell>
              <VerdictCounts stats={batch.stats} />
              <SuspiciousStampList suspicious={batch.suspicious_stamps} />
              <VoidedStamps voided={batch.voided_stamps} />
            </Table.Cell>
            <Table.Cell>
              <div className="flex items-center gap-x-2">
                <Button size="small" variant="secondary" asChild>
                  <a href={stampSheetUrl(batch.id)} download title={t.stamps.pdfHint}>
                    <ArrowDownTray />
                    {t.stamps.pdf}
                  </a>
                </Button>
                {batch.status === "active" && <RevokeStampBatch batchId={batch.id} />}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
