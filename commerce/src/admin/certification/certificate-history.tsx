import { Container, Heading, Table, Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import type { CertificateEvent } from "./types"

/** Every status change of the certificate, newest first (the API's order). */
export function CertificateHistory({ events }: { events: CertificateEvent[] }) {
  const columns = t.detail.eventColumns
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t.detail.history}</Heading>
      </div>
      {events.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t.detail.noEvents}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{columns.type}</Table.HeaderCell>
              <Table.HeaderCell>{columns.transition}</Table.HeaderCell>
              <Table.HeaderCell>{columns.actor}</Table.HeaderCell>
              <Table.HeaderCell>{columns.reason}</Table.HeaderCell>
              <Table.HeaderCell>{columns.time}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {events.map((event) => (
              <Table.Row key={event.id}>
                <Table.Cell>{labelOf(t.eventType, event.type)}</Table.Cell>
                <Table.Cell className="whitespace-normal py-2">
                  {event.from_status ? `${labelOf(t.certificateStatus, event.from_status)} → ` : ""}
                  {labelOf(t.certificateStatus, event.to_status)}
                </Table.Cell>
                <Table.Cell className="max-w-[200px] truncate" title={event.actor_name ?? event.actor}>
                  {event.actor_name ?? (event.actor === "system" ? t.detail.systemActor : event.actor)}
                </Table.Cell>
                <Table.Cell className="whitespace-normal py-2">{event.reason ?? t.common.none}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{formatDateTime(event.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
