import { Plus } from "@medusajs/icons"
import { Button, FocusModal, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { labelOf, t } from "../lib/i18n"
import { refusalMessage } from "../lib/server-error"
import { ChoiceSelect, DecisionFields, decisionFromDraft, emptyDecisionDraft, Field, type DecisionDraft } from "./decision-fields"
import { ProductPicker, type PickedProduct } from "./product-picker"
import { DecisionFormModal } from "./decision-form-modal"
import { useIssueCertificate } from "./queries"
import { PRODUCT_GROUPS, type ProductGroup } from "./types"

/** The "Cấp giấy chứng nhận" button and the form it opens. */
export function IssueCertificateForm() {
  const [open, setOpen] = useState(false)
  // A new key on every opening gives an empty form without resetting each field by hand.
  const [formKey, setFormKey] = useState(0)

  const onOpenChange = (next: boolean) => {
    if (next) setFormKey((key) => key + 1)
    setOpen(next)
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          {t.list.issue}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <IssueCertificateFields key={formKey} onDone={() => setOpen(false)} />
      </FocusModal.Content>
    </FocusModal>
  )
}

function IssueCertificateFields({ onDone }: { onDone: () => void }) {
  const [products, setProducts] = useState<PickedProduct[]>([])
  const [productGroup, setProductGroup] = useState<ProductGroup | "">("")
  const [decision, setDecision] = useState<DecisionDraft>(emptyDecisionDraft)
  const issue = useIssueCertificate()
  const body = decisionFromDraft(decision)
  const ready = body !== null && products.length > 0 && productGroup !== ""

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body || !ready) return
    try {
      const { certificate } = await issue.mutateAsync({
        ...body,
        product_ids: products.map((product) => product.id),
        product_group: productGroup,
      })
      toast.success(t.form.issued(certificate.decision_number))
      onDone()
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <DecisionFormModal
      title={t.form.issueTitle}
      description={t.form.issueDescription}
      submitLabel={t.form.submitIssue}
      canSubmit={ready}
      submitting={issue.isPending}
      error={issue.error}
      onSubmit={submit}
    >
      <Field id="issue-products" label={t.form.products}>
        <ProductPicker id="issue-products" value={products} onChange={setProducts} />
      </Field>
      <Field id="issue-group" label={t.form.productGroup}>
        <ChoiceSelect
          id="issue-group"
          value={productGroup}
          options={PRODUCT_GROUPS.map((group) => ({ value: group, label: labelOf(t.productGroup, group) }))}
          onChange={(next) => setProductGroup(next as ProductGroup)}
        />
      </Field>
      <DecisionFields idPrefix="issue" value={decision} onChange={setDecision} />
    </DecisionFormModal>
  )
}
