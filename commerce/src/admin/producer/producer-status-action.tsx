import { Button, Prompt, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { t } from "../lib/i18n"
import { RefusalAlert } from "../lib/refusal-alert"
import { refusalMessage } from "../lib/server-error"
import { useChangeProducerStatus } from "./queries"
import type { ProducerStatus } from "./types"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"

/** The API refuses a shorter suspension reason. */

/** Suspend an active producer (its members will read the reason) or reinstate a suspended one. */
export function ProducerStatusAction({ producerId, status }: { producerId: string; status: ProducerStatus }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const change = useChangeProducerStatus(producerId)
  const action = status === "active" ? "suspend" : "reinstate"
  const copy = t.producerAction[action]
  const trimmed = reason.trim()
  const ready = action === "reinstate" || trimmed.length >= REASON_MIN_LENGTH

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!ready) return
    try {
      await change.mutateAsync(action === "suspend" ? { status: "suspended", reason: trimmed } : { status: "active" })
      toast.success(copy.done)
      setOpen(false)
      setReason("")
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <>
      <Button
        size="small"
        variant={action === "suspend" ? "danger" : "secondary"}
        onClick={() => {
          change.reset()
          setOpen(true)
        }}
      >
        {copy.button}
      </Button>
      {open && (
        <Prompt open variant={action === "suspend" ? "danger" : "confirmation"} onOpenChange={(next) => !next && setOpen(false)}>
          <Prompt.Content>
            <form onSubmit={submit}>
              <Prompt.Header>
                <Prompt.Title>{copy.title}</Prompt.Title>
                <Prompt.Description>{copy.description}</Prompt.Description>
              </Prompt.Header>
              {(action === "suspend" || change.error) && (
                <div className="flex flex-col gap-y-2 px-6 pt-4">
                  {action === "suspend" && (
                    <ReasonField id="producer-suspend-reason" label={t.actions.reason} value={reason} onChange={setReason} />
                  )}
                  <RefusalAlert error={change.error} />
                </div>
              )}
              <Prompt.Footer>
                <Prompt.Cancel type="button">{t.common.cancel}</Prompt.Cancel>
                <Button size="small" type="submit" variant={action === "suspend" ? "danger" : "primary"} disabled={!ready} isLoading={change.isPending}>
                  {copy.button}
                </Button>
              </Prompt.Footer>
            </form>
          </Prompt.Content>
        </Prompt>
      )}
    </>
  )
}
