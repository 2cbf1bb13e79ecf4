import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { OrderPaymentCard } from "../order/payment-card"

const OrderPaymentWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminOrder>) => <OrderPaymentCard order={data} />

// At the top of the side column, where the office looks first to match a bank transfer it received.
export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderPaymentWidget
