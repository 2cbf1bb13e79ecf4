import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Scan } from "@medusajs/icons"
import { t } from "../../lib/i18n"
import { StampBatchList } from "../../stamp/stamp-batch-list"
import { StampProductStats } from "../../stamp/stamp-product-stats"

const StampsPage = () => (
  <div className="flex flex-col gap-y-3">
    <StampBatchList />
    <StampProductStats />
  </div>
)

export const config = defineRouteConfig({
  label: t.nav.stamps,
  icon: Scan,
})

export const handle = {
  breadcrumb: () => t.nav.stamps,
}

export default StampsPage
