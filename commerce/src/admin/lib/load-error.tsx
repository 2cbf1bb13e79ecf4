import { Button, Text } from "@medusajs/ui"
import { t } from "./i18n"

/** A query that failed to load: what could not be loaded, and a button to try again. */
export function LoadError({ text, onRetry, retrying }: { text: string; onRetry: () => void; retrying: boolean }) {
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
      <Text size="small" className="text-ui-fg-error">
        {text}
      </Text>
      <Button size="small" variant="secondary" type="button" isLoading={retrying} onClick={() => onRetry()}>
        {t.common.retry}
      </Button>
    </div>
  )
}
