import { Text } from "@medusajs/ui"
import { useState } from "react"
import { DecisionButton } from "../lib/decision-prompt"
import { t } from "../lib/i18n"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"
import { useChangeProducerStatus } from "./queries"
import type { ProducerStatus } from "./types"

/**
 * Suspend an active producer (its members will read the reason) or reinstate a suspended one. Before
 * suspending, the office is told how many order lines the producer would leave unfulfilled.
 */
export function ProducerStatusAction({ producerId, status, openLines }: { producerId: string; status: ProducerStatus; openLines: number }) {
  const [reason, setReason] = useState("")
  const change = useChangeProducerStatus(producerId)
  const action = status === "active" ? "suspend" : "reinstate"
  const copy = t.producerAction[action]
  const trimmed = reason.trim()

  return (
    <DecisionButton
      opener={{ label: copy.button, variant: action === "suspend" ? "danger" : "secondary" }}
      tone={action === "suspend" ? "danger" : "confirmation"}
      title={copy.title}
      description={copy.description}
      decision={copy.button}
      ready={action === "reinstate" || trimmed.length >= REASON_MIN_LENGTH}
      request={change}
      done={copy.done}
      decide={async () => {
        await change.mutateAsync(action === "suspend" ? { status: "suspended", reason: trimmed } : { status: "active" })
        setReason("")
      }}
    >
      {action === "suspend" && openLines > 0 && (
        <Text size="small" className="text-ui-fg-error" data-testid="suspend-open-lines">
          {t.producerAction.openLinesWarning(openLines)}
        </Text>
      )}
      {action === "suspend" && <ReasonField id="producer-suspend-reason" label={t.actions.reason} value={reason} onChange={setReason} />}
    </DecisionButton>
  )
}
