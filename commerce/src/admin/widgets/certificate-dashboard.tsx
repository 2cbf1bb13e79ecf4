import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { CertificateSummary } from "../certification/certificate-summary"

// The orders list is where the admin lands after signing in, so it doubles as the programme
// office's dashboard: counts by status and stars, and what expires within 30 days.
const CertificateDashboardWidget = () => <CertificateSummary />

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default CertificateDashboardWidget
