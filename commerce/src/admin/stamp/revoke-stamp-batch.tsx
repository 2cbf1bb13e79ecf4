import { Button, Prompt, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { t } from "../lib/i18n"
import { RefusalAlert } from "../lib/refusal-alert"
import { refusalMessage } from "../lib/server-error"
import { useRevokeStampBatch } from "./queries"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"

/** The API refuses shorter reasons. */

/** "Thu hồi lô": a lost or stolen roll; asks for the reason, which shoppers scanning a stamp will read. */
export function RevokeStampBatch({ batchId }: { batchId: string }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const revoke = useRevokeStampBatch(batchId)
  const trimmed = reason.trim()
  const reasonId = `revoke-${batchId}-reason`

  // mutateAsync: a revoked batch loses this button, and mutate callbacks die with their component.
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (trimmed.length < REASON_MIN_LENGTH) return
    try {
      await revoke.mutateAsync(trimmed)
      toast.success(t.stamps.revoked)
      setOpen(false)
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <>
      <Button
        size="small"
        variant="danger"
        onClick={() => {
          revoke.reset()
          setOpen(true)
        }}
      >
        {t.stamps.revoke}
      </Button>
      {open && (
        <Prompt open variant="danger" onOpenChange={(next) => !next && setOpen(false)}>
          <Prompt.Content>
            <form onSubmit={submit}>
              <Prompt.Header>
                <Prompt.Title>{t.stamps.revokeTitle}</Prompt.Title>
                <Prompt.Description>{t.stamps.revokeDescription}</Prompt.Description>
              </Prompt.Header>
              <div className="flex flex-col gap-y-2 px-6 pt-4">
                <ReasonField id={reasonId} label={t.stamps.revokeReason} value={reason} onChange={setReason} />
                <RefusalAlert error={revoke.error} />
              </div>
              <Prompt.Footer>
                <Prompt.Cancel type="button">{t.common.cancel}</Prompt.Cancel>
                <Button size="small" type="submit" variant="danger" disabled={trimmed.length < REASON_MIN_LENGTH} isLoading={revoke.isPending}>
                  {t.stamps.revoke}
                </Button>
              </Prompt.Footer>
            </form>
          </Prompt.Content>
        </Prompt>
      )}
    </>
  )
}
