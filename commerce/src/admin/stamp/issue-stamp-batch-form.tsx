import { Plus } from "@medusajs/icons"
import { Button, FocusModal, Input, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Field } from "../certification/decision-fields"
import { DecisionFormModal } from "../certification/decision-form-modal"
import { ProductPicker, type PickedProduct } from "../certification/product-picker"
import { t } from "../lib/i18n"
import { refusalMessage } from "../lib/server-error"
import { useIssueStampBatch } from "./queries"
import type { IssueStampBatchInput } from "./types"

const MAX_QUANTITY = 100_000
// GS1 AI 10 characters, as the API checks them (src/modules/stamp/gs1.ts). Browsers compile `pattern`
// with the `v` flag, where "-" and "/" inside a class must be escaped or the whole check is dropped.
export const LOT_PATTERN = "[A-Za-z0-9\\-.\\/_]{1,20}"

/** The "Cấp lô tem" button and its form: one product, how many stamps, and the optional lot and dates. */
export function IssueStampBatchForm() {
  const [open, setOpen] = useState(false)
  // A new key on every opening gives an empty form.
  const [formKey, setFormKey] = useState(0)

  return (
    <FocusModal
      open={open}
      onOpenChange={(next) => {
        if (next) setFormKey((key) => key + 1)
        setOpen(next)
      }}
    >
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          {t.stamps.issue}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <IssueStampBatchFields key={formKey} onDone={() => setOpen(false)} />
      </FocusModal.Content>
    </FocusModal>
  )
}

function IssueStampBatchFields({ onDone }: { onDone: () => void }) {
  const [product, setProduct] = useState<PickedProduct | null>(null)
  const [quantity, setQuantity] = useState("")
  const [lot, setLot] = useState("")
  const [productionDate, setProductionDate] = useState("")
  const [expiryDate, setExpiryDate] = useState("")
  const issue = useIssueStampBatch()
  const count = Number(quantity)
  const datesOk = !productionDate || !expiryDate || expiryDate > productionDate
  const ready = product !== null && Number.isInteger(count) && count >= 1 && count <= MAX_QUANTITY && datesOk

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!product || !ready) return
    const body: IssueStampBatchInput = { product_id: product.id, quantity: count }
    if (lot.trim()) body.lot = lot.trim()
    if (productionDate) body.production_date = productionDate
    if (expiryDate) body.expiry_date = expiryDate
    try {
      const { stamp_batch } = await issue.mutateAsync(body)
      toast.success(t.stamps.issued(stamp_batch.quantity))
      onDone()
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <DecisionFormModal title={t.stamps.issueTitle} description={t.stamps.issueDescription} submitLabel={t.stamps.submitIssue} canSubmit={ready} submitting={issue.isPending} error={issue.error} onSubmit={submit}>
      <Field id="stamp-product" label={t.stamps.product}>
        <ProductPicker id="stamp-product" value={product ? [product] : []} onChange={(next) => setProduct(next.at(-1) ?? null)} />
      </Field>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="stamp-quantity" label={t.stamps.quantity}>
          <Input id="stamp-quantity" type="number" inputMode="numeric" min={1} max={MAX_QUANTITY} step={1} required value={quantity} onChange={(event) => setQuantity(event.target.value)} />
        </Field>
        <Field id="stamp-lot" label={t.stamps.lot} hint={t.stamps.lotHint}>
          <Input id="stamp-lot" pattern={LOT_PATTERN} title={t.stamps.lotHint} maxLength={20} value={lot} onChange={(event) => setLot(event.target.value)} />
        </Field>
        <Field id="stamp-production" label={t.stamps.productionDate}>
          <Input id="stamp-production" type="date" value={productionDate} onChange={(event) => setProductionDate(event.target.value)} />
        </Field>
        <Field id="stamp-expiry" label={t.stamps.expiryDate} hint={datesOk ? undefined : t.stamps.datesOrder}>
          <Input id="stamp-expiry" type="date" min={productionDate || undefined} value={expiryDate} onChange={(event) => setExpiryDate(event.target.value)} />
        </Field>
      </div>
    </DecisionFormModal>
  )
}
