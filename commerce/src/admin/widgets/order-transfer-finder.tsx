import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { TransferFinder } from "../order/transfer-finder"

const OrderTransferFinderWidget = () => <TransferFinder />

// Above the order list, where the office starts when a bank statement shows money in.
export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default OrderTransferFinderWidget
