import { Button, Label, Prompt, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { ChoiceSelect } from "../certification/decision-fields"
import { labelOf, t } from "../lib/i18n"
import { RefusalAlert } from "../lib/refusal-alert"
import { refusalMessage } from "../lib/server-error"
import { useCloseStampReport } from "./queries"
import type { StampReportOutcome } from "./types"
import { ReasonField } from "../lib/reason-field"

const OUTCOMES: StampReportOutcome[] = ["resolved", "dismissed"]
/** The API refuses shorter notes. */
const NOTE_MIN_LENGTH = 3

/** "Đóng báo cáo": resolved or dismissed, with a note of what was done; a closed report stays closed. */
export function CloseStampReport({ reportId }: { reportId: string }) {
  const [open, setOpen] = useState(false)
  const [outcome, setOutcome] = useState<StampReportOutcome>("resolved")
  const [note, setNote] = useState("")
  const close = useCloseStampReport(reportId)
  const trimmed = note.trim()
  const id = (name: string) => `close-${reportId}-${name}`

  // mutateAsync: a closed report loses this button, and mutate callbacks die with their component.
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (trimmed.length < NOTE_MIN_LENGTH) return
    try {
      await close.mutateAsync({ outcome, note: trimmed })
      toast.success(t.stampReports.closed)
      setOpen(false)
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <>
      <Button
        size="small"
        variant="secondary"
        onClick={() => {
          close.reset()
          setOpen(true)
        }}
      >
        {t.stampReports.close}
      </Button>
      {open && (
        <Prompt open variant="confirmation" onOpenChange={(next) => !next && setOpen(false)}>
          <Prompt.Content>
            <form onSubmit={submit}>
              <Prompt.Header>
                <Prompt.Title>{t.stampReports.closeTitle}</Prompt.Title>
                <Prompt.Description>{t.stampReports.closeDescription}</Prompt.Description>
              </Prompt.Header>
              <div className="flex flex-col gap-y-2 px-6 pt-4">
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
                <RefusalAlert error={close.error} />
              </div>
              <Prompt.Footer>
                <Prompt.Cancel type="button">{t.common.cancel}</Prompt.Cancel>
                <Button size="small" type="submit" disabled={trimmed.length < NOTE_MIN_LENGTH} isLoading={close.isPending}>
                  {t.stampReports.close}
                </Button>
              </Prompt.Footer>
            </form>
          </Prompt.Content>
        </Prompt>
      )}
    </>
  )
}
