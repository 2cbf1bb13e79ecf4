import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { t } from "../lib/i18n"
import { DecisionFields, decisionFromDraft, emptyDecisionDraft, type DecisionDraft } from "./decision-fields"
import { errorMessage, useRenewCertificate } from "./queries"
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
      toast.error(errorMessage(error, t.common.error))
    }
  }

  return (
    <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-12">
        <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-4">
          <div className="flex flex-col gap-y-1">
            <FocusModal.Title asChild>
              <Heading>{t.form.renewTitle}</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                {t.form.renewDescription} · {certificate.decision_number} ·{" "}
                {certificate.products.map((product) => product.title).join(", ")}
              </Text>
            </FocusModal.Description>
          </div>
          <DecisionFields idPrefix="renew" value={decision} onChange={setDecision} />
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            {t.common.cancel}
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" disabled={!body} isLoading={renew.isPending}>
          {t.form.submitRenew}
        </Button>
      </FocusModal.Footer>
    </form>
  )
}
