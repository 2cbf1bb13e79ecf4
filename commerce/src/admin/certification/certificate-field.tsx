import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One label–value row, laid out like the fields of Medusa's own detail pages. */
export function CertificateField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <div className="txt-compact-small text-ui-fg-base break-words">{children}</div>
    </div>
  )
}
