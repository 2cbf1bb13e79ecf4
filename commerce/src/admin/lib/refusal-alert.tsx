import { Alert } from "@medusajs/ui"
import { t } from "./i18n"
import { refusalMessage } from "./server-error"

/**
 * Why the last submit was refused, kept in the form until the next one: a toast vanishes before a
 * long bilingual refusal ("already has a certificate in force …") can be read.
 */
export function RefusalAlert({ error, className }: { error: unknown; className?: string }) {
  if (!error) return null
  return (
    <Alert variant="error" role="alert" className={className}>
      {refusalMessage(error, t.common.error)}
    </Alert>
  )
}
