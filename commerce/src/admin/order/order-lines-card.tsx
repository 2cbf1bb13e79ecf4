import type { HttpTypes } from "@medusajs/framework/types"
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
            <OrderLinesTable lines={lines} />
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

function OrderLinesTable({ lines }: { lines: OfficeOrderLine[] }) {
  const columns = t.orderLines.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.product}</Table.HeaderCell>
          <Table.HeaderCell>{columns.producer}</Table.HeaderCell>
          <Table.HeaderCell>{columns.fulfilment}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {lines.map((line) => (
          <Table.Row key={line.id} data-testid="ocop-order-line">
            <Table.Cell className="max-w-[240px] truncate">
              {line.quantity} × {line.title}
            </Table.Cell>
            <Table.Cell>
              {line.producer ? (
                <Link to={`/producers/${line.producer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  {line.producer.name}
                </Link>
              ) : (
                t.common.none
              )}
            </Table.Cell>
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

type LineFacts = Pick<OfficeOrderLine, "fulfilment" | "sales_point" | "status" | "updated_at">

/** Delivered or collected, and the sales point the line ships from or waits at. */
export function LineFulfilment({ line }: { line: LineFacts }) {
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
export function LineStep({ line }: { line: LineFacts }) {
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
