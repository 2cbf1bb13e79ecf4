import { defineRouteConfig } from "@medusajs/admin-sdk"
import { t } from "../../../lib/i18n"
import { StampReportList } from "../../../stamp/stamp-report-list"

const StampReportsPage = () => <StampReportList />

// A sub-item of "Tem OCOP" in the sidebar.
export const config = defineRouteConfig({
  label: t.nav.stampReports,
})

export const handle = {
  breadcrumb: () => t.nav.stampReports,
}

export default StampReportsPage
