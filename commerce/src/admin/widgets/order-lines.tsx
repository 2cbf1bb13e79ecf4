import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { OrderLinesCard } from "../order/order-lines-card"

const OrderLinesWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminOrder>) => <OrderLinesCard order={data} />

// Below Medusa's own summary, which lists the same items without their producers and sales points.
export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderLinesWidget
