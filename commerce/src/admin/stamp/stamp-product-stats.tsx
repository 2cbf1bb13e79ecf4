import { Container, Heading, Table } from "@medusajs/ui"
import { useState } from "react"
import { formatDate } from "../lib/format"
import { t } from "../lib/i18n"
import { STAMP_PAGE_SIZE, useStampProducts } from "./queries"
import { PagedResults } from "../lib/paged-results"
import { ScanCounts, scanCountsHeading, VerdictCounts } from "./scan-stats"

/** Scan counts per product, over all of its batches: most recently issued first. */
export function StampProductStats() {
  const [offset, setOffset] = useState(0)
  const { data, isPending, isFetching, error, refetch } = useStampProducts(offset)
  const columns = t.stamps.columns
  const products = data?.stamp_products ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t.stamps.products}</Heading>
      </div>
      <PagedResults
        error={error}
        errorText={t.stamps.loadError}
        onRetry={refetch}
        isPending={isPending}
        isFetching={isFetching}
        isEmpty={products.length === 0}
        emptyText={t.stamps.productsEmpty}
        count={count}
        offset={offset}
        pageSize={STAMP_PAGE_SIZE}
        onOffsetChange={setOffset}
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{columns.product}</Table.HeaderCell>
              <Table.HeaderCell>{columns.batches}</Table.HeaderCell>
              <Table.HeaderCell>{columns.issued}</Table.HeaderCell>
              <Table.HeaderCell>{scanCountsHeading}</Table.HeaderCell>
              <Table.HeaderCell>{columns.verdicts}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {products.map((product) => (
              <Table.Row key={product.product_id}>
                <Table.Cell className="max-w-[260px] truncate">{product.product_title ?? product.product_id}</Table.Cell>
                <Table.Cell>{t.stamps.activeBatches(product.active_batches, product.batches)}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    <span>{product.stamps_issued.toLocaleString("vi-VN")}</span>
                    <span className="text-ui-fg-muted txt-compact-xsmall">{formatDate(product.last_issued_at)}</span>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <ScanCounts stats={product.stats} />
                </Table.Cell>
                <Table.Cell>
                  <VerdictCounts stats={product.stats} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </PagedResults>
    </Container>
  )
}
