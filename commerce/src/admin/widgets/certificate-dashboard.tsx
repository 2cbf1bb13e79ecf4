import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { CertificateSummary } from "../certification/certificate-summary"

// The orders list is where the admin lands after signing in, so it doubles as the programme
// office's dashboard: counts by status and stars, and what expires within 30 days.
const CertificateDashboardWidget = () => <CertificateSummary />

// Medusa 2.21 drops the ".before" of a zone and places widgets after the page's own table; an admin
// can drag the card above the orders with the page layout customizer and save that as the default.
export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default CertificateDashboardWidget
