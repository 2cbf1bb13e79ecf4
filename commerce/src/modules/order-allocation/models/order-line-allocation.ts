import { model } from "@medusajs/framework/utils"
import { OPEN_LINE_STEPS } from "../line-steps"

/**
 * Who fulfils one order line: the producer whose product it is and the sales point whose stock it
 * was reserved at (the chosen pickup point, or the point that ships a delivery). A customer's one
 * checkout may span several producers; each producer works only on its own lines.
 */
export const OrderLineAllocation = model
  .define("order_line_allocation", {
    id: model.id({ prefix: "olal" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    product_id: model.text(),
    producer_id: model.text().nullable(),
    fulfilment: model.enum(["delivery", "pickup"]),
    stock_location_id: model.text().nullable(),
    sales_point_id: model.text().nullable(),
    quantity: model.number(),
    status: model.enum([...OPEN_LINE_STEPS, "delivered", "canceled"]).default("placed"),
  })
  .indexes([
    { on: ["line_item_id"], unique: true },
    { on: ["order_id"] },
    { on: ["producer_id", "status", "created_at"] },
    { on: ["sales_point_id", "status"] },
  ])
  .checks([{ name: "order_line_allocation_quantity_positive", expression: (a) => `${a.quantity} > 0` }])

export default OrderLineAllocation
