import { clx } from "@medusajs/ui"
import { t } from "../lib/i18n"
import type { AdminCertificate } from "./types"

const SOON_DAYS = 30

/** Days until valid_until, which only count for a certificate in force: a revoked, suspended or superseded one shows "—". */
export function CertificateDaysLeft({ certificate }: { certificate: Pick<AdminCertificate, "status" | "days_left"> }) {
  if (certificate.status !== "active") return <span className="text-ui-fg-muted">{t.common.none}</span>
  const days = certificate.days_left
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
