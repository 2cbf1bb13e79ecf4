import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { CertificateList } from "../../certification/certificate-list"
import { CertificateSummary } from "../../certification/certificate-summary"
import { t } from "../../lib/i18n"

const CertificatesPage = () => (
  <div className="flex flex-col gap-y-3">
    <CertificateSummary />
    <CertificateList />
  </div>
)

export const config = defineRouteConfig({
  label: t.nav.certificates,
  icon: BadgeCheck,
})

export const handle = {
  breadcrumb: () => t.nav.certificates,
}

export default CertificatesPage
