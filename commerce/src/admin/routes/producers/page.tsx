import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { t } from "../../lib/i18n"
import { ProducerList } from "../../producer/producer-list"

const ProducersPage = () => <ProducerList />

export const config = defineRouteConfig({
  label: t.nav.producers,
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => t.nav.producers,
}

export default ProducersPage
