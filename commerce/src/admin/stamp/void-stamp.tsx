import { Button, Input, Label, Prompt, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { t } from "../lib/i18n"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"
import { RefusalAlert } from "../lib/refusal-alert"
import { refusalMessage } from "../lib/server-error"
import { readStampSerial } from "../../stamps/serial"
import { useVoidStamp } from "./queries"

/**
 * "Hủy tem": voids one stamp, asking why (shoppers scanning it read the reason). Given a serial (a
 * stamp flagged as copied) it asks only the reason; without one (a misprint the producer reported)
 * the serial is typed too.
 */
export function VoidStamp({ serial }: { serial?: string }) {
  const [open, setOpen] = useState(false)
  const [typedSerial, setTypedSerial] = useState("")
  const [reason, setReason] = useState("")
  const voidStamp = useVoidStamp()
  const id = useId()
  const target = serial ?? readStampSerial(typedSerial)
  const trimmed = reason.trim()
  const ready = target !== null && trimmed.length >= REASON_MIN_LENGTH

  // mutateAsync: a voided stamp loses this button, and mutate callbacks die with their component.
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!ready || target === null) return
    try {
      await voidStamp.mutateAsync({ serial: target, reason: trimmed })
      toast.success(t.stamps.voided(target))
      setOpen(false)
      setTypedSerial("")
      setReason("")
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <>
      <Button
        size="small"
        variant={serial ? "transparent" : "secondary"}
        className={serial ? "text-ui-fg-error" : undefined}
        onClick={() => {
          voidStamp.reset()
          setOpen(true)
        }}
      >
        {serial ? t.stamps.voidStamp : t.stamps.voidAnyStamp}
      </Button>
      {open && (
        <Prompt open variant="danger" onOpenChange={(next) => !next && setOpen(false)}>
          <Prompt.Content>
            <form onSubmit={submit}>
              <Prompt.Header>
                <Prompt.Title>{t.stamps.voidTitle(serial ?? "")}</Prompt.Title>
                <Prompt.Description>{t.stamps.voidDescription}</Prompt.Description>
              </Prompt.Header>
              <div className="flex flex-col gap-y-2 px-6 pt-4">
                {!serial && (
                  <>
                    <Label htmlFor={`${id}-serial`} size="small" weight="plus">
                      {t.stamps.voidSerial}
                    </Label>
                    <Input id={`${id}-serial`} autoFocus required autoComplete="off" maxLength={20} value={typedSerial} onChange={(event) => setTypedSerial(event.target.value)} />
                  </>
                )}
                <ReasonField id={`${id}-reason`} label={t.stamps.voidReason} value={reason} onChange={setReason} autoFocus={Boolean(serial)} />
                <RefusalAlert error={voidStamp.error} />
              </div>
              <Prompt.Footer>
                <Prompt.Cancel type="button">{t.common.cancel}</Prompt.Cancel>
                <Button size="small" type="submit" variant="danger" disabled={!ready} isLoading={voidStamp.isPending}>
                  {t.stamps.voidStamp}
                </Button>
              </Prompt.Footer>
            </form>
          </Prompt.Content>
        </Prompt>
      )}
    </>
  )
}
