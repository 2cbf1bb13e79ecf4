import { Badge, Text } from "@medusajs/ui"
import { formatDate, formatDateTime } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import type { ScanStats, SuspiciousStamps } from "./types"
import { VoidStamp } from "./void-stamp"

const number = (value: number) => value.toLocaleString("vi-VN")

/** Scans, stamps verified and devices in one cell, with the last scan underneath. */
export function ScanCounts({ stats }: { stats: ScanStats }) {
  const columns = t.stamps.columns
  return (
    <div className="flex flex-col">
      <Text size="small" leading="compact">
        <span title={columns.scans}>{number(stats.scans)}</span>
        {" · "}
        <span title={columns.verified}>{number(stats.stamps_verified)}</span>
        {" · "}
        <span title={columns.devices}>{number(stats.devices)}</span>
      </Text>
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted" title={columns.lastScan}>
        {formatDateTime(stats.last_scan_at)}
      </Text>
    </div>
  )
}

const verdictColors: Record<string, "green" | "orange" | "red" | "grey"> = {
  genuine: "green",
  suspicious: "orange",
  certificate_expired: "red",
  certificate_suspended: "orange",
  certificate_revoked: "red",
  batch_revoked: "red",
  stamp_voided: "red",
}

/** What shoppers were shown, per verdict: a rise in "suspicious" is the sign of copied stamps. */
export function VerdictCounts({ stats }: { stats: ScanStats }) {
  const entries = Object.entries(stats.by_verdict).sort(([, a], [, b]) => b - a)
  if (entries.length === 0) return <Text size="small">{t.common.none}</Text>
  return (
    <div className="flex flex-wrap gap-1">
      {entries.map(([verdict, count]) => (
        <Badge key={verdict} size="2xsmall" color={verdictColors[verdict] ?? "grey"}>
          {labelOf(t.stampVerdict, verdict)}: {number(count)}
        </Badge>
      ))}
    </div>
  )
}

/** Column heading for ScanCounts. */
export const scanCountsHeading = `${t.stamps.columns.scans} · ${t.stamps.columns.verified} · ${t.stamps.columns.devices}`

/**
 * The stamps seen as copied, by serial and code, so the office can name them to the producer and
 * check where they are sold, and void each one without revoking its batch.
 */
export function SuspiciousStampList({ suspicious }: { suspicious: SuspiciousStamps }) {
  if (suspicious.count === 0) return null
  const more = suspicious.count - suspicious.stamps.length
  return (
    <div className="mt-2 flex flex-col gap-y-0.5" data-testid="suspicious-stamps">
      <Text size="xsmall" weight="plus" className="text-ui-fg-error">
        {t.stamps.suspiciousStamps(suspicious.count)}
      </Text>
      {suspicious.stamps.map((stamp) => (
        <div key={stamp.serial} className="flex flex-wrap items-center gap-x-2" data-testid="suspicious-stamp" data-serial={stamp.serial}>
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
            {t.stamps.suspiciousStamp(stamp.serial, stamp.code, stamp.devices, formatDateTime(stamp.last_scan_at))}
          </Text>
          {stamp.voided_at ? (
            <Badge size="2xsmall" color="red">
              {t.stamps.voidedOn(formatDate(stamp.voided_at))}
            </Badge>
          ) : (
            <VoidStamp serial={stamp.serial} />
          )}
        </div>
      ))}
      {more > 0 && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
          {t.stamps.suspiciousMore(more)}
        </Text>
      )}
    </div>
  )
}
