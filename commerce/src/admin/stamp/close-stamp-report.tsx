import { Label } from "@medusajs/ui"
import { useState } from "react"
import { ChoiceSelect } from "../certification/decision-fields"
import { DecisionButton } from "../lib/decision-prompt"
import { labelOf, t } from "../lib/i18n"
import { ReasonField } from "../lib/reason-field"
import { useCloseStampReport } from "./queries"
import type { StampReportOutcome } from "./types"

const OUTCOMES: StampReportOutcome[] = ["resolved", "dismissed"]
/** The API refuses shorter notes. */
const NOTE_MIN_LENGTH = 3

/** "Đóng báo cáo": resolved or dismissed, with a note of what was done; a closed report stays closed. */
export function CloseStampReport({ reportId }: { reportId: string }) {
  const [outcome, setOutcome] = useState<StampReportOutcome>("resolved")
  const [note, setNote] = useState("")
  const close = useCloseStampReport(reportId)
  const trimmed = note.trim()
  const id = (name: string) => `close-${reportId}-${name}`

  return (
    <DecisionButton
      opener={{ label: t.stampReports.close, variant: "secondary" }}
      tone="confirmation"
      title={t.stampReports.closeTitle}
      description={t.stampReports.closeDescription}
      decision={t.stampReports.close}
      ready={trimmed.length >= NOTE_MIN_LENGTH}
      request={close}
      done={t.stampReports.closed}
      decide={() => close.mutateAsync({ outcome, note: trimmed })}
    >
      <Label htmlFor={id("outcome")} size="small" weight="plus">
        {t.stampReports.outcome}
      </Label>
      <ChoiceSelect
        id={id("outcome")}
        value={outcome}
        options={OUTCOMES.map((value) => ({ value, label: labelOf(t.stampReportStatus, value) }))}
        onChange={(next) => setOutcome(next as StampReportOutcome)}
      />
      <ReasonField id={id("note")} label={t.stampReports.note} value={note} onChange={setNote} minLength={NOTE_MIN_LENGTH} maxLength={2000} />
    </DecisionButton>
  )
}
