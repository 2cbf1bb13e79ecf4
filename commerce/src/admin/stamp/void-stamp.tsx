import { Input, Label } from "@medusajs/ui"
import { useId, useState } from "react"
import { DecisionButton } from "../lib/decision-prompt"
import { t } from "../lib/i18n"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"
import { readStampSerial } from "../../stamps/serial"
import { useVoidStamp } from "./queries"

/**
 * "Hủy tem": voids one stamp, asking why (shoppers scanning it read the reason). Given a serial (a
 * stamp flagged as copied) it asks only the reason; without one (a misprint the producer reported)
 * the serial is typed too.
 */
export function VoidStamp({ serial }: { serial?: string }) {
  const [typedSerial, setTypedSerial] = useState("")
  const [reason, setReason] = useState("")
  const voidStamp = useVoidStamp()
  const id = useId()
  const target = serial ?? readStampSerial(typedSerial)
  const trimmed = reason.trim()

  return (
    <DecisionButton
      opener={
        serial
          ? { label: t.stamps.voidStamp, variant: "transparent", className: "text-ui-fg-error" }
          : { label: t.stamps.voidAnyStamp, variant: "secondary" }
      }
      tone="danger"
      title={t.stamps.voidTitle(serial ?? "")}
      description={t.stamps.voidDescription}
      decision={t.stamps.voidStamp}
      ready={target !== null && trimmed.length >= REASON_MIN_LENGTH}
      request={voidStamp}
      done={t.stamps.voided(target ?? "")}
      decide={async () => {
        await voidStamp.mutateAsync({ serial: target!, reason: trimmed })
        setTypedSerial("")
        setReason("")
      }}
    >
      {!serial && (
        <>
          <Label htmlFor={`${id}-serial`} size="small" weight="plus">
            {t.stamps.voidSerial}
          </Label>
          <Input id={`${id}-serial`} autoFocus required autoComplete="off" maxLength={20} value={typedSerial} onChange={(event) => setTypedSerial(event.target.value)} />
        </>
      )}
      <ReasonField id={`${id}-reason`} label={t.stamps.voidReason} value={reason} onChange={setReason} autoFocus={Boolean(serial)} />
    </DecisionButton>
  )
}
