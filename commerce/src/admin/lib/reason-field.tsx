import { Label, Text, Textarea } from "@medusajs/ui"
import { t } from "./i18n"

/** The shortest reason the API accepts for an office decision (suspend, revoke, reinstate with a note). */
export const REASON_MIN_LENGTH = 3

interface Props {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** How long the reason must be; null when it may be left out. */
  minLength?: number | null
  maxLength?: number
  /** False when another field of the form comes first. */
  autoFocus?: boolean
}

/** The written reason behind an office decision: its label, the box, and how long it must be. */
export function ReasonField({ id, label, value, onChange, minLength = REASON_MIN_LENGTH, maxLength = 1000, autoFocus = true }: Props) {
  return (
    <>
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Textarea
        id={id}
        autoFocus={autoFocus}
        required={minLength !== null}
        minLength={minLength ?? undefined}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {minLength !== null && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t.actions.reasonHint(minLength)}
        </Text>
      )}
    </>
  )
}
