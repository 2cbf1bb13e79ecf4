import { t } from "../lib/i18n"
import { starsText } from "./stars"

export function CertificateStars({ stars }: { stars: number }) {
  return (
    <span className="text-ui-tag-orange-icon whitespace-nowrap tracking-wider" title={t.common.stars(stars)} aria-label={t.common.stars(stars)}>
      {starsText(stars)}
    </span>
  )
}
