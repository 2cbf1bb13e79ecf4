import { clx } from "@medusajs/ui"
import { t } from "../lib/i18n"

const SOON_DAYS = 30

export function CertificateDaysLeft({ days }: { days: number }) {
  return (
    <span
      className={clx("whitespace-nowrap", {
        "text-ui-fg-error": days < 0,
        "text-ui-tag-orange-text": days >= 0 && days <= SOON_DAYS,
        "text-ui-fg-subtle": days > SOON_DAYS,
      })}
    >
      {t.common.daysLeft(days)}
    </span>
  )
}
