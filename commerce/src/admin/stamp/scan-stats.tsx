import { Badge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDate, formatDateTime } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import type { ScanStats, SuspiciousStamps, VoidedStampList } from "./types"
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

/** A batch's stamps named one by one: a heading with how many, the few listed, and how many more. */
function NamedStamps({ testId, heading, headingClass, count, listed, children }: { testId: string; heading: string; headingClass: string; count: number; listed: number; children: ReactNode }) {
  if (count === 0) return null
  return (
    <div className="mt-2 flex flex-col gap-y-0.5" data-testid={testId}>
      <Text size="xsmall" weight="plus" className={headingClass}>
        {heading}
      </Text>
      {children}
      {count > listed && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
          {t.stamps.suspiciousMore(count - listed)}
        </Text>
      )}
    </div>
  )
}

/**
 * The stamps seen as copied, by serial and code, so the office can name them to the producer and
 * check where they are sold, and void each one without revoking its batch.
 */
export function SuspiciousStampList({ suspicious }: { suspicious: SuspiciousStamps }) {
  return (
    <NamedStamps testId="suspicious-stamps" heading={t.stamps.suspiciousStamps(suspicious.count)} headingClass="text-ui-fg-error" count={suspicious.count} listed={suspicious.stamps.length}>
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
    </NamedStamps>
  )
}

/** The batch's voided stamps, by serial, with when, why and by whom: misprints voided from the sheet included. */
export function VoidedStamps({ voided }: { voided: VoidedStampList }) {
  return (
    <NamedStamps testId="voided-stamps" heading={t.stamps.voidedStamps(voided.count)} headingClass="text-ui-fg-subtle" count={voided.count} listed={voided.stamps.length}>
      {voided.stamps.map((stamp) => (
        <Text key={stamp.serial} size="xsmall" leading="compact" className="text-ui-fg-subtle" data-testid="voided-stamp" data-serial={stamp.serial}>
          {t.stamps.voidedStamp(stamp.serial, formatDate(stamp.voided_at), labelOf(t.stamps.voidedBy, stamp.voided_by), stamp.voided_reason)}
        </Text>
      ))}
    </NamedStamps>
  )
}
