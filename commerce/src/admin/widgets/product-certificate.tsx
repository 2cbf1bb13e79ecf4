import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ProductCertificateCard } from "../certification/product-certificate-card"

const ProductCertificateWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProduct>) => (
  <ProductCertificateCard productId={data.id} />
)

// The side column: a short status card read at a glance, not pushed below a long variant table.
export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductCertificateWidget
