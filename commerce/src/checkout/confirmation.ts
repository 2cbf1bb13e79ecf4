import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { parcelAddressLine, type ParcelAddress } from "./address"
import { transferDueAt } from "./hold-period"
import { checkoutMethod } from "./method"
import { numeric } from "./numeric"

const paymentNames: Record<string, { vi: string; en: string }> = {
  pp_system_default: { vi: "thanh toán khi nhận hàng (COD)", en: "cash on delivery" },
  pp_vietqr_vietqr: { vi: "chuyển khoản ngân hàng qua VietQR (chờ thanh toán)", en: "bank transfer by VietQR (awaiting payment)" },
  pp_stripe_stripe: { vi: "thẻ ngân hàng", en: "card" },
}

interface ConfirmedOrder {
  id: string
  display_id: number | string
  email: string | null
  total: number
  shipping_total: number
  items: { title: string; product_title?: string | null; quantity: number; total: number }[]
  shipping_methods: { shipping_option_id: string | null }[]
  shipping_address?: ParcelAddress | null
  payment_collections?: { payments?: { provider_id: string; data?: Record<string, unknown> | null }[] | null }[] | null
  created_at: string | Date
  cart?: { id: string } | null
}

/**
 * The order's page on the storefront, for emails. A guest reads it with the id of the cart the order
 * came from, which only the buyer's browser (and these emails) ever held.
 */
export function orderPageUrl(order: { id: string; cart?: { id: string } | null }): string {
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:4321"
  return `${storefrontUrl}/don-hang/${order.id}${order.cart?.id ? `?t=${order.cart.id}` : ""}`
}

/** Emails the order confirmation, once per order (recorded by the notification module, sent when SMTP is set). */
export async function sendOrderConfirmation(container: MedusaContainer, orderId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "total",
      "shipping_total",
      "items.title",
      "items.product_title",
      "items.quantity",
      "items.total",
      "shipping_methods.shipping_option_id",
      "shipping_address.city",
      "shipping_address.address_1",
      "shipping_address.address_2",
      "shipping_address.province",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "cart.id",
      "created_at",
    ],
    filters: { id: orderId },
  })) as { data: ConfirmedOrder[] }
  const order = data[0]
  if (!order?.email) return false

  const method = await checkoutMethod(container, order.shipping_methods.map((shipping) => shipping.shipping_option_id ?? ""))
  const payment = order.payment_collections?.flatMap((collection) => collection.payments ?? [])[0]
  const names = paymentNames[payment?.provider_id ?? ""] ?? { vi: payment?.provider_id ?? "—", en: payment?.provider_id ?? "—" }
  const address = parcelAddressLine(order.shipping_address ?? {})

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    resource_id: order.id,
    resource_type: "order",
    // Once per order, however often order.placed comes (the crash recovery sends it again).
    idempotency_key: `order-placed:${order.id}`,
    data: {
      display_id: order.display_id,
      total: numeric(order.total),
      shipping_total: numeric(order.shipping_total),
      items: order.items.map((item) => ({ title: item.product_title ?? item.title, quantity: numeric(item.quantity), total: numeric(item.total) })),
      fulfilment_vi: method?.fulfilment === "pickup" ? `nhận tại ${method.salesPointName}` : `giao đến ${address}`,
      fulfilment_en: method?.fulfilment === "pickup" ? `Pickup at ${method.salesPointName}` : `Delivery to ${address}`,
      payment_vi: names.vi,
      payment_en: names.en,
      transfer: payment?.provider_id === "pp_vietqr_vietqr" ? payment.data : null,
      transfer_due_at: payment?.provider_id === "pp_vietqr_vietqr" ? transferDueAt(order.created_at) : null,
      order_url: orderPageUrl(order),
    },
  })
  return true
}
