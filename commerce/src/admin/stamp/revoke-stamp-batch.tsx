import { useState } from "react"
import { DecisionButton } from "../lib/decision-prompt"
import { t } from "../lib/i18n"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"
import { useRevokeStampBatch } from "./queries"

/** "Thu hồi lô": a lost or stolen roll; asks for the reason, which shoppers scanning a stamp will read. */
export function RevokeStampBatch({ batchId }: { batchId: string }) {
  const [reason, setReason] = useState("")
  const revoke = useRevokeStampBatch(batchId)
  const trimmed = reason.trim()

  return (
    <DecisionButton
      opener={{ label: t.stamps.revoke, variant: "danger" }}
      tone="danger"
      title={t.stamps.revokeTitle}
      description={t.stamps.revokeDescription}
      decision={t.stamps.revoke}
      ready={trimmed.length >= REASON_MIN_LENGTH}
      request={revoke}
      done={t.stamps.revoked}
      decide={() => revoke.mutateAsync(trimmed)}
    >
      <ReasonField id={`revoke-${batchId}-reason`} label={t.stamps.revokeReason} value={reason} onChange={setReason} />
    </DecisionButton>
  )
}
