import { Button, FocusModal, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { t } from "../lib/i18n"
import { refusalMessage } from "../lib/server-error"
import { DecisionFields, decisionFromDraft, emptyDecisionDraft, type DecisionDraft } from "./decision-fields"
import { DecisionFormModal } from "./decision-form-modal"
import { useRenewCertificate } from "./queries"
import type { AdminCertificate } from "./types"

/** "Công nhận lại / Gia hạn": a new decision for the same products, which supersedes this certificate. */
export function RenewCertificateForm({ certificate }: { certificate: AdminCertificate }) {
  const [open, setOpen] = useState(false)
  const [formKey, setFormKey] = useState(0)

  const onOpenChange = (next: boolean) => {
    if (next) setFormKey((key) => key + 1)
    setOpen(next)
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          {t.actions.renew}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <RenewCertificateFields key={formKey} certificate={certificate} onDone={() => setOpen(false)} />
      </FocusModal.Content>
    </FocusModal>
  )
}

function RenewCertificateFields({ certificate, onDone }: { certificate: AdminCertificate; onDone: () => void }) {
  const navigate = useNavigate()
  // The authority and regime usually stay the same on re-recognition; the decision itself is new.
  const [decision, setDecision] = useState<DecisionDraft>({
    ...emptyDecisionDraft,
    issuing_authority_name: certificate.issuing_authority_name,
    issuing_authority_level: certificate.issuing_authority_level,
    regime: certificate.regime,
  })
  const renew = useRenewCertificate(certificate.id)
  const body = decisionFromDraft(decision)

  // mutateAsync rather than mutate callbacks: the refreshed certificate is superseded, which unmounts
  // this form, and callbacks given to mutate are dropped once their component is gone.
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body) return
    try {
      const { certificate: renewed } = await renew.mutateAsync(body)
      toast.success(t.form.renewed(renewed.decision_number))
      onDone()
      navigate(`/certificates/${renewed.id}`)
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <DecisionFormModal
      title={t.form.renewTitle}
      description={
        <>
          {t.form.renewDescription} · {certificate.decision_number} · {certificate.products.map((product) => product.title).join(", ")}
        </>
      }
      submitLabel={t.form.submitRenew}
      canSubmit={body !== null}
      submitting={renew.isPending}
      error={renew.error}
      onSubmit={submit}
    >
      <DecisionFields idPrefix="renew" value={decision} onChange={setDecision} />
    </DecisionFormModal>
  )
}
