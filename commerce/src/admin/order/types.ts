export type OrderLineStatus = "placed" | "prepared" | "shipped" | "ready_for_pickup" | "delivered" | "canceled"

/** One order line as GET /admin/ocop/orders/:id/lines gives it. */
export interface OfficeOrderLine {
  id: string
  line_item_id: string
  title: string
  quantity: number
  fulfilment: "delivery" | "pickup"
  status: OrderLineStatus
  producer: { id: string; name: string; handle: string } | null
  sales_point: { id: string; name: string; address: string; phone: string | null } | null
  updated_at: string
}

/** Where an order's delivered lines go, written as on the parcel; null when every line is collected. */
export interface OrderDelivery {
  recipient: string | null
  phone: string | null
  address: string
}

export interface OrderLinesResponse {
  lines: OfficeOrderLine[]
  delivery: OrderDelivery | null
}
