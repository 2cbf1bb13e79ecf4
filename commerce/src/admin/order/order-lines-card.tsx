import type { HttpTypes } from "@medusajs/framework/types"
import type { ReactNode } from "react"
import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { QueryCard } from "../lib/query-card"
import { useOrderLines } from "./queries"
import type { OfficeOrderLine, OrderDelivery, OrderLineStatus } from "./types"

const statusColor: Record<OrderLineStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  placed: "orange",
  prepared: "blue",
  shipped: "blue",
  ready_for_pickup: "blue",
  delivered: "green",
  canceled: "red",
}

/** Who fulfils each line of the order and where it stands: the producer, the sales point, its step. */
export function OrderLinesCard({ order }: { order: HttpTypes.AdminOrder }) {
  const text = t.orderLines
  return (
    <QueryCard title={text.title} subtitle={text.explain} query={useOrderLines(order)} loadError={text.loadError} testId="ocop-order-lines">
      {({ lines, delivery }) =>
        lines.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {text.none}
          </Text>
        ) : (
          <>
            {delivery && <DeliveryAddress delivery={delivery} />}
            <OrderLinesTable lines={lines} context={producerColumn} rowTestId="ocop-order-line" />
          </>
        )
      }
    </QueryCard>
  )
}

/** The address as the courier writes it: Medusa's own address card shows the province's slug. */
function DeliveryAddress({ delivery }: { delivery: OrderDelivery }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 px-6 py-4 text-sm" data-testid="ocop-order-delivery">
      <dt className="text-ui-fg-subtle">{t.orderLines.deliverTo}</dt>
      <dd>
        {[delivery.recipient, delivery.phone].filter(Boolean).join(" · ")}
        <br />
        {delivery.address}
      </dd>
    </dl>
  )
}

type LineFacts = Pick<OfficeOrderLine, "fulfilment" | "sales_point" | "status" | "updated_at">

/** The column that places a line: the producer that fulfils it on an order, the order it belongs to on a producer. */
export interface LineContext<Line> {
  header: string
  cell: (line: Line) => ReactNode
}

/** Order lines with what, who or which order, how and their step; `rowTestId` names each row for tests. */
export function OrderLinesTable<Line extends LineFacts & { id: string; quantity: number; title: string }>({
  lines,
  context,
  rowTestId,
}: {
  lines: Line[]
  context: LineContext<Line>
  rowTestId: string
}) {
  const columns = t.orderLines.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.product}</Table.HeaderCell>
          <Table.HeaderCell>{context.header}</Table.HeaderCell>
          <Table.HeaderCell>{columns.fulfilment}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {lines.map((line) => (
          <Table.Row key={line.id} data-testid={rowTestId}>
            <Table.Cell className="max-w-[240px] truncate">
              {line.quantity} × {line.title}
            </Table.Cell>
            <Table.Cell>{context.cell(line)}</Table.Cell>
            <Table.Cell>
              <LineFulfilment line={line} />
            </Table.Cell>
            <Table.Cell>
              <LineStep line={line} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** On an order, each line's producer leads to its page in the dashboard. */
const producerColumn: LineContext<OfficeOrderLine> = {
  header: t.orderLines.columns.producer,
  cell: (line) =>
    line.producer ? (
      <Link to={`/producers/${line.producer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
        {line.producer.name}
      </Link>
    ) : (
      t.common.none
    ),
}

/** Delivered or collected, and the sales point the line ships from or waits at. */
function LineFulfilment({ line }: { line: LineFacts }) {
  return (
    <div className="flex flex-col">
      <span>{labelOf(t.orderLines.fulfilment, line.fulfilment)}</span>
      {line.sales_point && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {line.sales_point.name}
        </Text>
      )}
    </div>
  )
}

/** The line's step and when it last moved. */
function LineStep({ line }: { line: LineFacts }) {
  return (
    <div className="flex flex-col items-start gap-y-1">
      <StatusBadge color={statusColor[line.status] ?? "grey"} className="whitespace-nowrap">
        {labelOf(t.orderLines.status, line.status)}
      </StatusBadge>
      <Text size="xsmall" className="text-ui-fg-muted">
        {formatDateTime(line.updated_at)}
      </Text>
    </div>
  )
}
