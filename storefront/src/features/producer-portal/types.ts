import type { DeliveryArea, ProducerContact } from "../catalogue/types"

/** Answers of commerce's /producer/* routes (commerce/src/api/producer/**), as the portal reads them. */

export interface PortalMe {
  member: { id: string; email: string; name: string; role: string }
  producer: { id: string; handle: string; name: string; status: string; status_reason: string | null; contact: ProducerContact }
}

/** What an invite link is for, read before the person creates an account. */
export interface InvitePreview {
  producer: { name: string; handle: string }
  email: string
  role: "owner" | "staff"
  expires_at: string
  state: "open" | "used" | "expired"
}

export type NotSellableReason = "not_published" | "no_certificate" | "certificate_expired" | "certificate_suspended" | "certificate_revoked" | "producer_suspended"

export interface PortalProduct {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  story_vi: string | null
  story_en: string | null
  /** Where the product may be delivered when its producer limits it; null: everywhere. */
  delivery_area: DeliveryArea | null
  /** In gallery order; the first is the main photo. */
  images: { id: string; url: string; preview_url: string }[]
  variants: { id: string; title: string; price: number | null }[]
  certificate: { id: string; decision_number: string; status: string; stars: number; valid_until: string } | null
  sellable: boolean
  reason: NotSellableReason | null
  reason_message: string | null
  can_publish: boolean
  /** Taken off sale by the producer; publishing puts it back. */
  withdrawn: boolean
  /** On sale now, or off sale only until its certificate or producer is in order again. */
  can_withdraw: boolean
}

export interface StockRow {
  inventory_item_id: string
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  sales_point_id: string
  sales_point_name: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export type LineStatus = "placed" | "prepared" | "shipped" | "ready_for_pickup" | "delivered" | "canceled"

/** How the buyer pays (commerce/src/workflows/producer/order-payment.ts); goods of a transfer still awaited wait for the money. */
export interface OrderPayment {
  method: "cash_on_delivery" | "bank_transfer" | "card" | null
  status: "paid" | "awaiting_transfer" | "cash_on_delivery" | "card_authorized" | null
}

export interface OrderLine {
  id: string
  status: LineStatus
  fulfilment: "delivery" | "pickup"
  quantity: number
  sales_point: { id: string; name: string | null } | null
  order: { display_id: number | null; placed_at: string | null; payment: OrderPayment }
  item: { title: string; variant_title: string | null; unit_price: number } | null
  recipient: {
    name: string | null
    phone: string | null
    address: { address_1: string | null; address_2: string | null; commune: string | null; province: string | null } | null
  } | null
}

export interface PortalCertificate {
  id: string
  decision_number: string
  decision_date: string
  issuing_authority_name: string
  stars: number
  status: string
  status_reason: string | null
  valid_from: string
  valid_until: string
  in_force: boolean
  days_left: number
  products: { id: string; title: string }[]
  history: { type: string; from_status: string | null; to_status: string; reason: string | null; created_at: string }[]
}

export interface ScanStats {
  scans: number
  stamps_verified: number
  devices: number
  last_scan_at: string | null
  by_verdict: Record<string, number>
}

export interface StampBatch {
  id: string
  product_id: string
  product_title: string | null
  quantity: number
  lot: string | null
  status: string
  revoked_reason: string | null
  created_at: string | null
  stats: ScanStats
  voided_stamps: VoidedStamps
}

export interface StampOverview {
  stamp_batches: StampBatch[]
  count: number
  products: ({ product_id: string; product_title: string | null } & ScanStats)[]
  suspicious_alerts: { product_id: string; product_title: string | null; suspicious_scans: number; suspicious_stamps: SuspiciousStamps }[]
}

/** A stamp just voided from the portal. */
export interface VoidedStamp {
  serial: string
  voided_at: string
  voided_reason: string
}

/** A batch's voided stamps (commerce/src/stamps/stats.ts): the few most recently voided, and how many in all. */
export interface VoidedStamps {
  count: number
  stamps: { code: string; serial: string; voided_at: string; voided_reason: string; voided_by: "office" | "producer" }[]
}

/** The stamps of a product shoppers were warned about as copied (commerce/src/stamps/stats.ts): the few most recently scanned, and how many in all. */
export interface SuspiciousStamps {
  count: number
  stamps: { code: string; serial: string; devices: number; scans: number; suspicious_scans: number; last_scan_at: string; voided_at: string | null }[]
}
