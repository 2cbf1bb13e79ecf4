import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { t } from "../lib/i18n"
import { RefusalAlert } from "../lib/refusal-alert"

interface DecisionFormModalProps {
  title: string
  description: ReactNode
  submitLabel: string
  canSubmit: boolean
  submitting: boolean
  /** The last submit's refusal, if any. */
  error: unknown
  onSubmit: (event: FormEvent) => void
  children: ReactNode
}

/** The full-screen form shared by issuing and renewing a certificate: heading, fields, the last refusal, cancel and submit. */
export function DecisionFormModal({ title, description, submitLabel, canSubmit, submitting, error, onSubmit, children }: DecisionFormModalProps) {
  return (
    <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-12">
        <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-4">
          <div className="flex flex-col gap-y-1">
            <FocusModal.Title asChild>
              <Heading>{title}</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                {description}
              </Text>
            </FocusModal.Description>
          </div>
          {children}
        </div>
      </FocusModal.Body>
      {/* Outside the scrolling body, so the refusal stays in sight next to the button that caused it. */}
      {Boolean(error) && (
        <div className="flex justify-center border-t px-4 py-3">
          <RefusalAlert error={error} className="w-full max-w-[720px]" />
        </div>
      )}
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            {t.common.cancel}
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" disabled={!canSubmit} isLoading={submitting}>
          {submitLabel}
        </Button>
      </FocusModal.Footer>
    </form>
  )
}
