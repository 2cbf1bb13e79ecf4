import { StatusBadge, Text } from "@medusajs/ui"
import { labelOf, t } from "../lib/i18n"
import type { ProducerStatus } from "./types"

/** The status, and under it why the producer was suspended: the first thing a reviewer asks. */
export function ProducerStatusBadge({ status, reason }: { status: ProducerStatus; reason?: string | null }) {
  return (
    <div className="flex flex-col items-start gap-y-1">
      <StatusBadge color={status === "active" ? "green" : "orange"} className="whitespace-nowrap">
        {labelOf(t.producerStatus, status)}
      </StatusBadge>
      {reason && (
        <Text size="xsmall" className="text-ui-fg-muted max-w-[260px] truncate" title={reason}>
          {t.producers.reason(reason)}
        </Text>
      )}
    </div>
  )
}
