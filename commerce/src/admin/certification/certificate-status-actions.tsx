import { Button } from "@medusajs/ui"
import { useState } from "react"
import { DecisionPrompt } from "../lib/decision-prompt"
import { t } from "../lib/i18n"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"
import { useCertificateStatusAction } from "./queries"
import type { AdminCertificate, CertificateStatus, StatusAction } from "./types"

// Mirrors statusTransition in the certification module: expiry is not an action, and a revoked or
// expired certificate only comes back through renewal.
const ACTIONS_BY_STATUS: Record<CertificateStatus, StatusAction[]> = {
  active: ["suspend", "revoke"],
  suspended: ["reinstate", "revoke"],
  revoked: [],
  expired: [],
}

const REASON_REQUIRED: Record<StatusAction, boolean> = { suspend: true, revoke: true, reinstate: false }

export function CertificateStatusActions({ certificate }: { certificate: AdminCertificate }) {
  const [action, setAction] = useState<StatusAction | null>(null)
  const actions = ACTIONS_BY_STATUS[certificate.status] ?? []
  if (actions.length === 0) return null

  return (
    <>
      {actions.map((candidate) => (
        <Button
          key={candidate}
          size="small"
          variant={candidate === "reinstate" ? "secondary" : "danger"}
          onClick={() => setAction(candidate)}
        >
          {t.action[candidate].button}
        </Button>
      ))}
      {action && <StatusActionPrompt certificateId={certificate.id} action={action} onClose={() => setAction(null)} />}
    </>
  )
}

interface StatusActionPromptProps {
  certificateId: string
  action: StatusAction
  onClose: () => void
}

function StatusActionPrompt({ certificateId, action, onClose }: StatusActionPromptProps) {
  const [reason, setReason] = useState("")
  const change = useCertificateStatusAction(certificateId)
  const required = REASON_REQUIRED[action]
  const trimmed = reason.trim()
  const copy = t.action[action]

  return (
    <DecisionPrompt
      tone={action === "reinstate" ? "confirmation" : "danger"}
      title={copy.title}
      description={copy.description}
      decision={copy.button}
      ready={!required || trimmed.length >= REASON_MIN_LENGTH}
      request={change}
      done={copy.done}
      decide={() => change.mutateAsync({ action, reason: trimmed || undefined })}
      onClose={onClose}
    >
      <ReasonField
        id={`certificate-${action}-reason`}
        label={required ? t.actions.reason : t.actions.reasonOptional}
        value={reason}
        onChange={setReason}
        minLength={required ? REASON_MIN_LENGTH : null}
      />
    </DecisionPrompt>
  )
}
