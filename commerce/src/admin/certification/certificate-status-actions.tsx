import { Button, Prompt, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { t } from "../lib/i18n"
import { RefusalAlert } from "../lib/refusal-alert"
import { refusalMessage } from "../lib/server-error"
import { useCertificateStatusAction } from "./queries"
import type { AdminCertificate, CertificateStatus, StatusAction } from "./types"
import { REASON_MIN_LENGTH, ReasonField } from "../lib/reason-field"

// Mirrors statusTransition in the certification module: expiry is not an action, and a revoked or
// expired certificate only comes back through renewal.
const ACTIONS_BY_STATUS: Record<CertificateStatus, StatusAction[]> = {
  active: ["suspend", "revoke"],
  suspended: ["reinstate", "revoke"],
  revoked: [],
  expired: [],
}

const REASON_REQUIRED: Record<StatusAction, boolean> = { suspend: true, revoke: true, reinstate: false }

/** The API refuses shorter reasons for suspend and revoke. */

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
  const ready = !required || trimmed.length >= REASON_MIN_LENGTH
  const copy = t.action[action]
  const reasonId = `certificate-${action}-reason`

  // mutateAsync rather than mutate callbacks: a revoked certificate has no actions left, which
  // unmounts this prompt, and callbacks given to mutate are dropped once their component is gone.
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!ready) return
    try {
      await change.mutateAsync({ action, reason: trimmed || undefined })
      toast.success(copy.done)
      onClose()
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <Prompt open variant={action === "reinstate" ? "confirmation" : "danger"} onOpenChange={(open) => !open && onClose()}>
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{copy.title}</Prompt.Title>
            <Prompt.Description>{copy.description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <ReasonField
              id={reasonId}
              label={required ? t.actions.reason : t.actions.reasonOptional}
              value={reason}
              onChange={setReason}
              minLength={required ? REASON_MIN_LENGTH : null}
            />
            <RefusalAlert error={change.error} />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">{t.common.cancel}</Prompt.Cancel>
            <Button
              size="small"
              type="submit"
              variant={action === "reinstate" ? "primary" : "danger"}
              disabled={!ready}
              isLoading={change.isPending}
            >
              {copy.button}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
